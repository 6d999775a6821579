package iamgate.builtin.privilege_escalation_test

import data.iamgate.builtin.privilege_escalation as privesc

identity(doc) := {"document": doc, "policyType": "IDENTITY_POLICY", "resourceType": null, "origin": "", "file": "policy.json"}

codes(fs) := {f.issueCode | some f in fs}

# --- every method, generated ------------------------------------------------------------------------

# Positive: exactly the method's actions on "*" gives exactly that method's finding (this also
# proves the table has no method whose actions contain another's), pointing at the first action.
# A helper rule rather than a test, so that a failing test names every method that failed.
positive_failures contains m.issueCode if {
	some m in privesc.methods

	# regal ignore:with-outside-test-context
	fs := privesc.findings with input as identity({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": m.actions, "Resource": "*"}]})
	not fs == {{
		"issueCode": m.issueCode,
		"findingType": "SECURITY_WARNING",
		"findingDetails": privesc.details(m),
		"path": [{"value": "Statement"}, {"index": 0}, {"value": "Action"}, {"index": 0}],
	}}
}

test_every_method_fires_on_its_exact_action_set if {
	positive_failures == set()
}

# Near miss: the same actions, but the last one limited to the principal's own resources
# (the usual self-service shape, e.g. iam:CreateAccessKey on arn:...:user/${aws:username}).
near_miss_failures contains m.issueCode if {
	some m in privesc.methods
	n := count(m.actions)
	doc := {"Statement": [
		{"Effect": "Allow", "Action": array.slice(m.actions, 0, n - 1), "Resource": "*"},
		{"Effect": "Allow", "Action": m.actions[n - 1], "Resource": "arn:aws:iam::111122223333:user/${aws:username}"},
	]}

	# regal ignore:with-outside-test-context
	fs := privesc.findings with input as identity(doc)
	m.issueCode in codes(fs)
}

test_no_method_fires_when_one_action_is_scoped if {
	near_miss_failures == set()
}

test_every_method_has_metadata if {
	count(privesc.methods) == 46
	count(privesc.rules) == count(privesc.methods)
	every code, r in privesc.rules {
		r.issueCode == code
		startswith(code, "IAMGATE_PRIVESC_")
		r.title != ""
		r.description != ""
	}
}

# --- realistic policies -------------------------------------------------------------------------------

# A CI deploy role that can launch instances and pass any role.
test_pass_role_with_run_instances_on_star if {
	fs := privesc.findings with input as identity({"Version": "2012-10-17", "Statement": [
		{"Sid": "Ec2", "Effect": "Allow", "Action": ["ec2:Describe*", "ec2:RunInstances", "ec2:CreateTags"], "Resource": "*"},
		{"Sid": "Pass", "Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"},
	]})
	[f] := [f | some f in fs; f.issueCode == "IAMGATE_PRIVESC_PASS_ROLE_EC2_RUN_INSTANCES"]

	# iam:PassRole is the first action of the method; it is a scalar Action, so no index.
	f.path == [{"value": "Statement"}, {"index": 1}, {"value": "Action"}]
	contains(f.findingDetails, "iam:PassRole + ec2:RunInstances")
}

# Near miss: PassRole limited to the app's instance role and to EC2, as AWS recommends.
test_pass_role_scoped_to_one_role_is_fine if {
	fs := privesc.findings with input as identity({"Version": "2012-10-17", "Statement": [
		{"Effect": "Allow", "Action": ["ec2:Describe*", "ec2:RunInstances"], "Resource": "*"},
		{
			"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111122223333:role/app-instance",
			"Condition": {"StringEquals": {"iam:PassedToService": "ec2.amazonaws.com"}},
		},
	]})
	fs == set()
}

# Wildcards count: iam:Put* covers all three inline-policy methods.
test_put_wildcard_grants_three_methods if {
	fs := privesc.findings with input as identity({"Statement": {"Effect": "Allow", "Action": "iam:Put*", "Resource": "*"}})
	codes(fs) == {"IAMGATE_PRIVESC_PUT_USER_POLICY", "IAMGATE_PRIVESC_PUT_GROUP_POLICY", "IAMGATE_PRIVESC_PUT_ROLE_POLICY"}
	every f in fs {
		f.path == [{"value": "Statement"}, {"value": "Action"}]
	}
}

test_matching_is_case_insensitive if {
	fs := privesc.findings with input as identity({"Statement": {"Effect": "Allow", "Action": "IAM:attachUSERpolicy", "Resource": "*"}})
	codes(fs) == {"IAMGATE_PRIVESC_ATTACH_USER_POLICY"}
}

# Near miss: read-only IAM wildcards grant no escalation.
test_iam_read_wildcards_are_fine if {
	fs := privesc.findings with input as identity({"Statement": {"Effect": "Allow", "Action": ["iam:Get*", "iam:List*", "iam:Generate*"], "Resource": "*"}})
	fs == set()
}

# Admin wildcards are reported by IAMGATE_ADMIN_WILDCARD, not once per method here.
test_admin_wildcard_alone_is_left_to_the_admin_rule if {
	fs := privesc.findings with input as identity({"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}})
	fs == set()
}

# ...but a specific grant that completes a path with the wildcard is reported, at the specific grant.
test_specific_action_completing_a_path_with_iam_star if {
	fs := privesc.findings with input as identity({"Statement": {"Effect": "Allow", "Action": ["iam:*", "ec2:RunInstances"], "Resource": "*"}})
	[f] := [f | some f in fs; f.issueCode == "IAMGATE_PRIVESC_PASS_ROLE_EC2_RUN_INSTANCES"]
	f.path == [{"value": "Statement"}, {"value": "Action"}, {"index": 1}]
}

# NotAction grants everything it does not list (PowerUserAccess shape): Lambda code updates included.
test_not_action_grants_escalation if {
	fs := privesc.findings with input as identity({"Statement": {"Effect": "Allow", "NotAction": ["iam:*", "organizations:*"], "Resource": "*"}})
	"IAMGATE_PRIVESC_UPDATE_LAMBDA_CODE" in codes(fs)
	not "IAMGATE_PRIVESC_PASS_ROLE_EC2_RUN_INSTANCES" in codes(fs)
	every f in fs {
		f.path == [{"value": "Statement"}, {"value": "NotAction"}]
	}
}

# Near miss: an unconditional Deny in the same policy takes the action away.
test_deny_in_the_same_policy_removes_the_path if {
	fs := privesc.findings with input as identity({"Statement": [
		{"Effect": "Allow", "Action": ["lambda:*"], "Resource": "*"},
		{"Effect": "Deny", "Action": ["lambda:UpdateFunctionCode"], "Resource": "*"},
	]})
	not "IAMGATE_PRIVESC_UPDATE_LAMBDA_CODE" in codes(fs)
}

# Near miss: a condition on the grant keeps it out (as cloudsplaining does).
test_conditional_grant_is_not_counted if {
	fs := privesc.findings with input as identity({"Statement": {
		"Effect": "Allow", "Action": "iam:CreateAccessKey", "Resource": "*",
		"Condition": {"StringEquals": {"aws:PrincipalTag/team": "platform"}},
	}})
	fs == set()
}

# Near miss: the same document as an SCP grants nothing.
test_scp_is_not_an_identity_policy if {
	fs := privesc.findings with input as {"document": {"Statement": {"Effect": "Allow", "Action": "iam:CreateAccessKey", "Resource": "*"}}, "policyType": "SERVICE_CONTROL_POLICY"}
	fs == set()
}
