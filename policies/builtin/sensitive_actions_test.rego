package iamgate.builtin.sensitive_actions_test

import data.iamgate.builtin.sensitive_actions

identity(doc) := {"document": doc, "policyType": "IDENTITY_POLICY", "resourceType": null, "origin": "", "file": "policy.json"}

# --- IAMGATE_DATA_EXFILTRATION ------------------------------------------------------------------------

test_read_all_objects_and_secrets if {
	fs := sensitive_actions.findings with input as identity({"Version": "2012-10-17", "Statement": [{
		"Effect": "Allow",
		"Action": ["s3:ListBucket", "s3:Get*", "secretsmanager:GetSecretValue"],
		"Resource": "*",
	}]})
	fs == {
		{
			"issueCode": "IAMGATE_DATA_EXFILTRATION", "findingType": "WARNING",
			"findingDetails": "Allows s3:GetObject on all resources without a condition.",
			"path": [{"value": "Statement"}, {"index": 0}, {"value": "Action"}, {"index": 1}],
		},
		{
			"issueCode": "IAMGATE_DATA_EXFILTRATION", "findingType": "WARNING",
			"findingDetails": "Allows secretsmanager:GetSecretValue on all resources without a condition.",
			"path": [{"value": "Statement"}, {"index": 0}, {"value": "Action"}, {"index": 2}],
		},
	}
}

# Decrypting with every key opens everything encrypted under keys that trust IAM.
test_decrypt_with_any_key if {
	fs := sensitive_actions.findings with input as identity({"Statement": {"Effect": "Allow", "Action": ["kms:Decrypt", "kms:GenerateDataKey"], "Resource": "*"}})
	{[f.issueCode, f.findingDetails] | some f in fs} == {["IAMGATE_DATA_EXFILTRATION", "Allows kms:Decrypt on all resources without a condition."]}
}

# Near miss: the same reads, limited to the application's bucket and secrets.
test_reads_scoped_to_the_app_are_fine if {
	fs := sensitive_actions.findings with input as identity({"Statement": [
		{"Effect": "Allow", "Action": ["s3:Get*", "s3:ListBucket"], "Resource": ["arn:aws:s3:::app-assets", "arn:aws:s3:::app-assets/*"]},
		{"Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": "arn:aws:secretsmanager:eu-west-1:111122223333:secret:app/*"},
	]})
	fs == set()
}

# --- IAMGATE_CREDENTIALS_EXPOSURE ---------------------------------------------------------------------

test_assume_any_role if {
	fs := sensitive_actions.findings with input as identity({"Statement": {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}})
	fs == {{
		"issueCode": "IAMGATE_CREDENTIALS_EXPOSURE", "findingType": "SECURITY_WARNING",
		"findingDetails": "Allows sts:AssumeRole on all resources without a condition.",
		"path": [{"value": "Statement"}, {"value": "Action"}],
	}}
}

test_service_wildcard_names_every_credential_action if {
	fs := sensitive_actions.findings with input as identity({"Statement": {"Effect": "Allow", "Action": "redshift:Get*", "Resource": "*"}})
	[f] := [f | some f in fs]
	f.findingDetails == "Allows redshift:GetClusterCredentials, redshift:GetClusterCredentialsWithIAM on all resources without a condition."
}

# Near miss: pulling from ECR needs ecr:GetAuthorizationToken on "*", and the token carries only
# the caller's own permissions; assuming roles is limited to the deployment roles.
test_ecr_login_and_scoped_assume_role_are_fine if {
	fs := sensitive_actions.findings with input as identity({"Statement": [
		{"Effect": "Allow", "Action": ["ecr:GetAuthorizationToken", "sts:GetSessionToken"], "Resource": "*"},
		{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::*:role/cdk-*"},
	]})
	fs == set()
}

# --- IAMGATE_RESOURCE_EXPOSURE ------------------------------------------------------------------------

test_put_any_bucket_policy_and_share_snapshots if {
	fs := sensitive_actions.findings with input as identity({"Statement": [
		{"Effect": "Allow", "Action": ["s3:PutBucketPolicy", "s3:GetBucketPolicy"], "Resource": "*"},
		{"Effect": "Allow", "Action": "ec2:Modify*Attribute", "Resource": "arn:aws:ec2:*:*:*"},
	]})
	{[f.issueCode, f.path, f.findingDetails] | some f in fs} == {
		[
			"IAMGATE_RESOURCE_EXPOSURE",
			[{"value": "Statement"}, {"index": 0}, {"value": "Action"}, {"index": 0}],
			"Allows s3:PutBucketPolicy on all resources without a condition.",
		],
		[
			"IAMGATE_RESOURCE_EXPOSURE",
			[{"value": "Statement"}, {"index": 1}, {"value": "Action"}],
			"Allows ec2:ModifySnapshotAttribute, ec2:ModifyImageAttribute on all resources without a condition.",
		],
	}
}

# Near miss: bucket-policy changes allowed only with a tag condition that ties them to the
# caller's own buckets.
test_conditional_policy_change_is_fine if {
	fs := sensitive_actions.findings with input as identity({"Statement": {
		"Effect": "Allow", "Action": ["s3:PutBucketPolicy", "kms:CreateGrant"], "Resource": "*",
		"Condition": {"StringEquals": {"aws:ResourceTag/owner": "${aws:PrincipalTag/team}"}},
	}})
	fs == set()
}

# --- shared behaviour ------------------------------------------------------------------------------------

# NotAction grants the listed actions it does not exclude, and points at the NotAction element.
test_not_action_grants_listed_actions if {
	fs := sensitive_actions.findings with input as identity({"Statement": {"Effect": "Allow", "NotAction": ["s3:*", "kms:*", "ssm:*", "secretsmanager:*"], "Resource": "*"}})
	{f.issueCode | some f in fs} == {"IAMGATE_CREDENTIALS_EXPOSURE", "IAMGATE_RESOURCE_EXPOSURE"}
	every f in fs {
		f.path == [{"value": "Statement"}, {"value": "NotAction"}]
	}
}

# An admin wildcard is IAMGATE_ADMIN_WILDCARD's to report, and a Deny removes what it covers.
test_admin_wildcard_and_denied_actions_are_not_repeated if {
	fs := sensitive_actions.findings with input as identity({"Statement": [
		{"Effect": "Allow", "Action": ["*", "secretsmanager:*"], "Resource": "*"},
		{"Effect": "Deny", "Action": "secretsmanager:GetSecretValue", "Resource": "*"},
	]})
	{[f.issueCode, f.path, f.findingDetails] | some f in fs} == {
		[
			"IAMGATE_DATA_EXFILTRATION",
			[{"value": "Statement"}, {"index": 0}, {"value": "Action"}, {"index": 1}],
			"Allows secretsmanager:BatchGetSecretValue on all resources without a condition.",
		],
		[
			"IAMGATE_RESOURCE_EXPOSURE",
			[{"value": "Statement"}, {"index": 0}, {"value": "Action"}, {"index": 1}],
			"Allows secretsmanager:PutResourcePolicy on all resources without a condition.",
		],
	}
}

test_resource_policies_are_out_of_scope if {
	fs := sensitive_actions.findings with input as {
		"policyType": "RESOURCE_POLICY", "resourceType": "AWS::KMS::Key",
		"document": {"Statement": {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"}},
	}
	fs == set()
}

test_list_entries_are_known_action_names if {
	every a in array.concat(array.concat(sensitive_actions.data_exfiltration_actions, sensitive_actions.credentials_exposure_actions), sensitive_actions.resource_exposure_actions) {
		regex.match(`^[a-z0-9-]+:[A-Za-z0-9]+$`, a)
	}
}
