package iamgate.builtin.broad_grants_test

import data.iamgate.builtin.broad_grants

identity(doc) := {"document": doc, "policyType": "IDENTITY_POLICY", "resourceType": null, "origin": "", "file": "policy.json"}

# --- IAMGATE_ADMIN_WILDCARD ---------------------------------------------------------------------------

test_administrator_access if {
	fs := broad_grants.findings with input as identity({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]})
	fs == {{
		"issueCode": "IAMGATE_ADMIN_WILDCARD",
		"findingType": "SECURITY_WARNING",
		"findingDetails": "\"*\" on all resources grants administrator access (every action).",
		"path": [{"value": "Statement"}, {"index": 0}, {"value": "Action"}],
	}}
}

test_iam_full_access_with_a_region_condition_is_still_admin if {
	fs := broad_grants.findings with input as identity({"Statement": {
		"Effect": "Allow", "Action": ["iam:*", "organizations:Describe*"], "Resource": "*",
		"Condition": {"StringEquals": {"aws:RequestedRegion": "eu-west-1"}},
	}})
	[f] := [f | some f in fs]
	f.issueCode == "IAMGATE_ADMIN_WILDCARD"
	f.path == [{"value": "Statement"}, {"value": "Action"}, {"index": 0}]
	contains(f.findingDetails, "all of IAM")
}

# Near miss: a service wildcard that is not IAM, and iam:* limited to the caller's own user.
test_service_wildcard_and_scoped_iam_are_not_admin if {
	fs := broad_grants.findings with input as identity({"Statement": [
		{"Effect": "Allow", "Action": ["s3:*", "iam:Get*"], "Resource": "*"},
		{"Effect": "Allow", "Action": "iam:*", "Resource": "arn:aws:iam::111122223333:user/${aws:username}"},
	]})
	fs == set()
}

# Near miss: FullAWSAccess is the normal default SCP; SCP Allows grant nothing.
test_full_aws_access_scp_is_fine if {
	fs := broad_grants.findings with input as {"document": {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}, "policyType": "SERVICE_CONTROL_POLICY"}
	fs == set()
}

# --- IAMGATE_ALLOW_NOT_ACTION -----------------------------------------------------------------------

test_allow_not_action if {
	fs := broad_grants.findings with input as identity({"Statement": [
		{"Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*"},
		{"Effect": "Allow", "NotAction": ["iam:*", "organizations:*", "account:*"], "Resource": "*"},
	]})
	{f.issueCode | some f in fs} == {"IAMGATE_ALLOW_NOT_ACTION"}
	[f] := [f | some f in fs]
	f.path == [{"value": "Statement"}, {"index": 1}, {"value": "NotAction"}]
	f.findingType == "WARNING"
}

# Near miss: NotAction in a Deny is the recommended way to write "deny all but ...".
test_deny_not_action_is_fine if {
	fs := broad_grants.findings with input as identity({"Statement": [
		{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"},
		{
			"Effect": "Deny", "NotAction": ["iam:*", "sts:*"], "Resource": "*",
			"Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-west-1"]}},
		},
	]})
	fs == set()
}

# --- IAMGATE_ALLOW_NOT_RESOURCE ---------------------------------------------------------------------

test_allow_not_resource if {
	fs := broad_grants.findings with input as identity({"Statement": {"Effect": "Allow", "Action": "s3:*", "NotResource": ["arn:aws:s3:::audit-logs", "arn:aws:s3:::audit-logs/*"]}})
	fs == {{
		"issueCode": "IAMGATE_ALLOW_NOT_RESOURCE",
		"findingType": "WARNING",
		"findingDetails": "Allow with NotResource grants the actions on every resource not listed here.",
		"path": [{"value": "Statement"}, {"value": "NotResource"}],
	}}
}

# Near miss: Deny with NotResource protects everything except the listed buckets.
test_deny_not_resource_is_fine if {
	fs := broad_grants.findings with input as identity({"Statement": [
		{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"},
		{"Effect": "Deny", "Action": "s3:*", "NotResource": ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]},
	]})
	fs == set()
}

test_rules_metadata if {
	object.keys(broad_grants.rules) == {"IAMGATE_ADMIN_WILDCARD", "IAMGATE_ALLOW_NOT_ACTION", "IAMGATE_ALLOW_NOT_RESOURCE"}
}
