package iamgate.builtin.privilege_escalation_test

import data.iamgate.builtin.privilege_escalation as privesc
import data.iamgate.fixture

# --- every method, generated ------------------------------------------------------------------------

# Positive: exactly the method's actions, one entry each, gives exactly that method's finding (this
# also proves the table has no method whose actions contain another's), pointing at the first action.
positive_failures contains m.issueCode if {
	some m in privesc.methods
	grants := [fixture.grant(fixture.path(0, i), [a]) | some i, a in m.actions]

	# regal ignore:with-outside-test-context
	fs := privesc.findings with input as fixture.identity(grants)
	not fs == {{
		"issueCode": m.issueCode,
		"findingType": "SECURITY_WARNING",
		"findingDetails": privesc.details(m),
		"path": fixture.path(0, 0),
	}}
}

test_every_method_fires_on_its_exact_action_set if {
	positive_failures == set()
}

# Near miss: the same actions but the last one, which the policy grants only on some resources
# (so its facts do not list it).
near_miss_failures contains m.issueCode if {
	some m in privesc.methods
	n := count(m.actions)
	grants := [fixture.grant(fixture.path(0, i), [a]) | some i, a in array.slice(m.actions, 0, n - 1)]

	# regal ignore:with-outside-test-context
	fs := privesc.findings with input as fixture.identity(grants)
	m.issueCode in fixture.codes(fs)
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

test_asked_actions_are_the_methods_actions if {
	privesc.asked == {a | some m in privesc.methods; some a in m.actions}
	"iam:PassRole" in privesc.asked
}

# --- PassRole and the service it is passed to ---------------------------------------------------------

# A CI deploy role that can launch instances and pass any role.
test_pass_role_with_run_instances if {
	fs := privesc.findings with input as fixture.identity([
		fixture.grant(fixture.path(0, 1), ["ec2:RunInstances"]),
		fixture.grant(fixture.path(1, null), ["iam:PassRole"]),
	])
	[f] := [f | some f in fs; f.issueCode == "IAMGATE_PRIVESC_PASS_ROLE_EC2_RUN_INSTANCES"]

	# iam:PassRole is the first action of the method; it is a scalar Action, so no index.
	f.path == fixture.path(1, null)
	contains(f.findingDetails, "iam:PassRole + ec2:RunInstances")
}

# iam:PassedToService naming the very service the path launches does not stop it.
test_pass_role_to_the_paths_own_service_still_escalates if {
	fs := privesc.findings with input as fixture.identity([
		fixture.grant(fixture.path(0, 0), ["lambda:CreateFunction", "lambda:InvokeFunction"]),
		fixture.passed_to(fixture.path(1, null), ["lambda.amazonaws.com"]),
	])
	fixture.codes(fs) == {"IAMGATE_PRIVESC_PASS_ROLE_LAMBDA_INVOKE"}
}

# ECS takes its task role through ecs-tasks.amazonaws.com, not ecs.amazonaws.com.
test_pass_role_to_ecs_tasks if {
	fs := privesc.findings with input as fixture.identity([
		fixture.grant(fixture.path(0, 0), ["ecs:RegisterTaskDefinition", "ecs:RunTask"]),
		fixture.passed_to(fixture.path(1, null), ["ecs-tasks.amazonaws.com"]),
	])
	fixture.codes(fs) == {"IAMGATE_PRIVESC_PASS_ROLE_ECS_RUN_TASK"}
}

# Near miss: the role may be passed only to another service than the one the path launches.
test_pass_role_to_another_service_does_not_escalate if {
	fs := privesc.findings with input as fixture.identity([
		fixture.grant(fixture.path(0, 0), ["lambda:CreateFunction", "lambda:InvokeFunction"]),
		fixture.passed_to(fixture.path(1, null), ["ec2.amazonaws.com"]),
	])
	fs == set()
}

# --- entries ----------------------------------------------------------------------------------------------

# One entry (iam:Put*) granting three methods: three findings at that entry.
test_one_wildcard_entry_grants_three_methods if {
	fs := privesc.findings with input as fixture.identity([fixture.grant(fixture.path(null, null), ["iam:PutUserPolicy", "iam:PutGroupPolicy", "iam:PutRolePolicy"])])
	fixture.codes(fs) == {"IAMGATE_PRIVESC_PUT_USER_POLICY", "IAMGATE_PRIVESC_PUT_GROUP_POLICY", "IAMGATE_PRIVESC_PUT_ROLE_POLICY"}
	every f in fs {
		f.path == fixture.path(null, null)
	}
}

# Admin wildcards are reported by IAMGATE_ADMIN_WILDCARD, not once per method here.
test_admin_wildcard_alone_is_left_to_the_admin_rule if {
	fs := privesc.findings with input as fixture.identity([fixture.admin_grant(fixture.path(null, null), privesc.asked)])
	fs == set()
}

# ...but a specific grant that completes a path with the wildcard is reported, at the specific grant.
test_specific_action_completing_a_path_with_iam_star if {
	fs := privesc.findings with input as fixture.identity([
		fixture.admin_grant(fixture.path(null, 0), [a | some a in privesc.asked; startswith(a, "iam:")]),
		fixture.grant(fixture.path(null, 1), ["ec2:RunInstances"]),
	])
	[f] := [f | some f in fs; f.issueCode == "IAMGATE_PRIVESC_PASS_ROLE_EC2_RUN_INSTANCES"]
	f.path == fixture.path(null, 1)
}

# NotAction grants everything it does not list (PowerUserAccess shape), at the NotAction element.
test_not_action_grants_escalation if {
	fs := privesc.findings with input as fixture.identity([fixture.grant(fixture.not_action(null), ["lambda:UpdateFunctionCode", "ec2:RunInstances"])])
	fixture.codes(fs) == {"IAMGATE_PRIVESC_UPDATE_LAMBDA_CODE"}
	every f in fs {
		f.path == fixture.not_action(null)
	}
}

# Near miss: the same grants in an SCP grant nothing.
test_scp_is_not_an_identity_policy if {
	fs := privesc.findings with input as object.union(
		fixture.identity([fixture.grant(fixture.path(null, null), ["iam:CreateAccessKey"])]),
		{"policyType": "SERVICE_CONTROL_POLICY"},
	)
	fs == set()
}
