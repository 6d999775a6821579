package iamgate.builtin.sensitive_actions_test

import data.iamgate.builtin.sensitive_actions
import data.iamgate.fixture

# --- IAMGATE_DATA_EXFILTRATION ------------------------------------------------------------------------

test_read_all_objects_and_secrets if {
	fs := sensitive_actions.findings with input as fixture.identity([
		fixture.grant(fixture.path(0, 1), ["s3:GetObject"]),
		fixture.grant(fixture.path(0, 2), ["secretsmanager:GetSecretValue"]),
	])
	fs == {
		{
			"issueCode": "IAMGATE_DATA_EXFILTRATION", "findingType": "WARNING",
			"findingDetails": "Allows s3:GetObject on all resources without a limiting condition.",
			"path": fixture.path(0, 1),
		},
		{
			"issueCode": "IAMGATE_DATA_EXFILTRATION", "findingType": "WARNING",
			"findingDetails": "Allows secretsmanager:GetSecretValue on all resources without a limiting condition.",
			"path": fixture.path(0, 2),
		},
	}
}

# Near miss: no grant on every resource, no finding.
test_no_broad_grants_no_findings if {
	fs := sensitive_actions.findings with input as fixture.identity([])
	fs == set()
}

# --- IAMGATE_CREDENTIALS_EXPOSURE ---------------------------------------------------------------------

test_assume_any_role if {
	fs := sensitive_actions.findings with input as fixture.identity([fixture.grant(fixture.path(null, null), ["sts:AssumeRole"])])
	fs == {{
		"issueCode": "IAMGATE_CREDENTIALS_EXPOSURE", "findingType": "SECURITY_WARNING",
		"findingDetails": "Allows sts:AssumeRole on all resources without a limiting condition.",
		"path": fixture.path(null, null),
	}}
}

# One entry granting several listed actions names them in list order, in one finding per rule.
test_service_wildcard_names_every_credential_action if {
	fs := sensitive_actions.findings with input as fixture.identity([fixture.grant(fixture.path(null, null), ["redshift:GetClusterCredentialsWithIAM", "redshift:GetClusterCredentials"])])
	[f] := [f | some f in fs]
	f.findingDetails == "Allows redshift:GetClusterCredentials, redshift:GetClusterCredentialsWithIAM on all resources without a limiting condition."
}

# Tokens that carry only the caller's own permissions are not on the list.
test_caller_only_tokens_are_not_asked_about if {
	not "ecr:GetAuthorizationToken" in sensitive_actions.asked
	not "sts:GetSessionToken" in sensitive_actions.asked
}

# --- IAMGATE_RESOURCE_EXPOSURE ------------------------------------------------------------------------

test_put_any_bucket_policy_and_share_snapshots if {
	fs := sensitive_actions.findings with input as fixture.identity([
		fixture.grant(fixture.path(0, 0), ["s3:PutBucketPolicy"]),
		fixture.grant(fixture.path(1, null), ["ec2:ModifyImageAttribute", "ec2:ModifySnapshotAttribute"]),
	])
	{[f.issueCode, f.path, f.findingDetails] | some f in fs} == {
		["IAMGATE_RESOURCE_EXPOSURE", fixture.path(0, 0), "Allows s3:PutBucketPolicy on all resources without a limiting condition."],
		[
			"IAMGATE_RESOURCE_EXPOSURE", fixture.path(1, null),
			"Allows ec2:ModifySnapshotAttribute, ec2:ModifyImageAttribute on all resources without a limiting condition.",
		],
	}
}

# --- shared behaviour ------------------------------------------------------------------------------------

# A NotAction element is one entry, and findings point at it.
test_not_action_grants_listed_actions if {
	fs := sensitive_actions.findings with input as fixture.identity([fixture.grant(fixture.not_action(null), ["sts:AssumeRole", "lambda:AddPermission"])])
	fixture.codes(fs) == {"IAMGATE_CREDENTIALS_EXPOSURE", "IAMGATE_RESOURCE_EXPOSURE"}
	every f in fs {
		f.path == fixture.not_action(null)
	}
}

# An admin wildcard is IAMGATE_ADMIN_WILDCARD's to report; the specific entry beside it is reported.
test_admin_wildcard_is_not_repeated if {
	fs := sensitive_actions.findings with input as fixture.identity([
		fixture.admin_grant(fixture.path(0, 0)),
		fixture.grant(fixture.path(0, 1), ["secretsmanager:BatchGetSecretValue", "secretsmanager:PutResourcePolicy"]),
	])
	{[f.issueCode, f.path, f.findingDetails] | some f in fs} == {
		["IAMGATE_DATA_EXFILTRATION", fixture.path(0, 1), "Allows secretsmanager:BatchGetSecretValue on all resources without a limiting condition."],
		["IAMGATE_RESOURCE_EXPOSURE", fixture.path(0, 1), "Allows secretsmanager:PutResourcePolicy on all resources without a limiting condition."],
	}
}

test_resource_policies_are_out_of_scope if {
	fs := sensitive_actions.findings with input as object.union(
		fixture.identity([fixture.grant(fixture.path(null, null), ["kms:Decrypt"])]),
		{"policyType": "RESOURCE_POLICY", "resourceType": "AWS::KMS::Key"},
	)
	fs == set()
}

test_list_entries_are_known_action_names if {
	every a in sensitive_actions.asked {
		regex.match(`^[a-z0-9-]+:[A-Za-z0-9]+$`, a)
	}
}
