# Sensitive actions on all resources without a limiting condition: reading data stores and secrets
# (exfiltration), obtaining credentials, and changing who can reach a resource (exposure).
# One finding per grant entry (the Action element, or the NotAction element), naming the listed
# actions that entry grants. Admin wildcards are left to IAMGATE_ADMIN_WILDCARD.
package iamgate.builtin.sensitive_actions

import data.iamgate.lib

_data_exfiltration := {
	"issueCode": "IAMGATE_DATA_EXFILTRATION",
	"findingType": "WARNING",
	"title": "Data exfiltration actions on all resources",
	"description": concat(" ", [
		"Reading every object, parameter or secret in the account, or decrypting with every KMS key,",
		"lets a compromised principal take all of the account's data, not only the workload's.",
	]),
	"remediation": "Limit the actions to the buckets, parameters, secrets and keys the workload reads, or add a condition.",
}

_credentials_exposure := {
	"issueCode": "IAMGATE_CREDENTIALS_EXPOSURE",
	"findingType": "SECURITY_WARNING",
	"title": "Credentials exposure actions on all resources",
	"description": concat(" ", [
		"These actions return credentials, keys, passwords or tokens for other principals or resources.",
		"On all resources they let the principal act as any role, user or database it can reach.",
	]),
	"remediation": "Limit the actions to the specific roles, users, databases or resources, or add a condition.",
}

_resource_exposure := {
	"issueCode": "IAMGATE_RESOURCE_EXPOSURE",
	"findingType": "WARNING",
	"title": "Resource exposure actions on all resources",
	"description": concat(" ", [
		"These actions change resource policies, ACLs, grants or sharing. On all resources they let the",
		"principal open any bucket, key, queue, snapshot or image to another account or to the public.",
	]),
	"remediation": "Limit the actions to the resources the workload manages, or add a condition.",
}

rules[r.issueCode] := r if some r in [_data_exfiltration, _credentials_exposure, _resource_exposure]

# cloudsplaining's READ_ONLY_DATA_EXFILTRATION_ACTIONS, plus the batch form of GetSecretValue
# (added to Secrets Manager in 2023) and kms:Decrypt, which opens everything encrypted under
# any key whose key policy delegates to IAM (the default key policy does).
data_exfiltration_actions := [
	"s3:GetObject",
	"ssm:GetParameter",
	"ssm:GetParameters",
	"ssm:GetParametersByPath",
	"secretsmanager:GetSecretValue",
	"secretsmanager:BatchGetSecretValue",
	"kms:Decrypt",
]

# cloudsplaining's ACTIONS_THAT_RETURN_CREDENTIALS, with its "gamelist" typos corrected and the
# names the IAM service reference does not know dropped (connect:GetFederationTokens;
# sso:GetRoleCredentials, a portal call authorised by a bearer token, not by IAM), minus the
# actions whose token carries only the caller's own permissions (ecr:GetAuthorizationToken,
# ecr-public:GetAuthorizationToken, codeartifact:GetAuthorizationToken, sts:GetSessionToken):
# those expose nothing new, must be granted on "*" anyway, and would flag every build role.
credentials_exposure_actions := [
	"airflow:CreateCliToken",
	"airflow:CreateWebLoginToken",
	"appsync:CreateApiKey",
	"chime:CreateApiKey",
	"cloud9:CreateEnvironmentToken",
	"codepipeline:PollForJobs",
	"cognito-identity:GetOpenIdToken",
	"cognito-identity:GetOpenIdTokenForDeveloperIdentity",
	"cognito-identity:GetCredentialsForIdentity",
	"cognito-idp:GetSigningCertificate",
	"connect:GetFederationToken",
	"ec2:GetPasswordData",
	"emr-containers:GetManagedEndpointSessionCredentials",
	"finspace-api:GetProgrammaticAccessCredentials",
	"gamelift:RequestUploadCredentials",
	"gamelift:GetInstanceAccess",
	"gamelift:GetComputeAccess",
	"gamelift:GetComputeAuthToken",
	"grafana:CreateWorkspaceApiKey",
	"iam:CreateAccessKey",
	"iam:CreateLoginProfile",
	"iam:CreateServiceSpecificCredential",
	"iam:ResetServiceSpecificCredential",
	"iam:UpdateAccessKey",
	"license-manager:GetAccessToken",
	"lightsail:GetInstanceAccessDetails",
	"lightsail:DownloadDefaultKeyPair",
	"lightsail:CreateBucketAccessKey",
	"lightsail:GetRelationalDatabaseMasterUserPassword",
	"mediapackage:RotateChannelCredentials",
	"mediapackage:RotateIngestEndpointCredentials",
	"rds-db:connect",
	"redshift:GetClusterCredentials",
	"redshift:GetClusterCredentialsWithIAM",
	"redshift-serverless:GetCredentials",
	"sts:AssumeRole",
	"sts:AssumeRoleWithSAML",
	"sts:AssumeRoleWithWebIdentity",
	"sts:GetFederationToken",
]

# Actions that change who can reach a resource: resource policies, ACLs, grants, and sharing of
# snapshots, images and RAM shares (the resource-policy half of policy_sentry's "Permissions
# management" level; IAM's own permission actions are the privilege-escalation rules' business).
_resource_exposure_actions := [
	"s3:PutBucketPolicy",
	"s3:PutBucketAcl",
	"s3:PutObjectAcl",
	"s3:PutObjectVersionAcl",
	"s3:PutAccessPointPolicy",
	"s3:PutMultiRegionAccessPointPolicy",
	"s3:PutBucketPublicAccessBlock",
	"s3:PutAccountPublicAccessBlock",
	"kms:PutKeyPolicy",
	"kms:CreateGrant",
	"sqs:AddPermission",
	"sqs:SetQueueAttributes",
	"sns:AddPermission",
	"sns:SetTopicAttributes",
	"lambda:AddPermission",
	"lambda:AddLayerVersionPermission",
	"lambda:CreateFunctionUrlConfig",
	"lambda:UpdateFunctionUrlConfig",
	"secretsmanager:PutResourcePolicy",
	"ecr:SetRepositoryPolicy",
	"ecr-public:SetRepositoryPolicy",
	"glacier:SetVaultAccessPolicy",
	"logs:PutResourcePolicy",
	"events:PutPermission",
	"backup:PutBackupVaultAccessPolicy",
	"elasticfilesystem:PutFileSystemPolicy",
	"glue:PutResourcePolicy",
	"es:UpdateElasticsearchDomainConfig",
	"es:UpdateDomainConfig",
	"apigateway:UpdateRestApiPolicy",
	"dynamodb:PutResourcePolicy",
	"kinesis:PutResourcePolicy",
	"codeartifact:PutDomainPermissionsPolicy",
	"codeartifact:PutRepositoryPermissionsPolicy",
	"serverlessrepo:PutApplicationPolicy",
	"mediastore:PutContainerPolicy",
	"ram:CreateResourceShare",
	"ram:AssociateResourceShare",
	"ec2:ModifySnapshotAttribute",
	"ec2:ModifyImageAttribute",
	"rds:ModifyDBSnapshotAttribute",
	"rds:ModifyDBClusterSnapshotAttribute",
	"redshift:AuthorizeSnapshotAccess",
]

# Java lists, per grant entry, the actions of each rule's list the entry grants, in list order
# (facts.grants[_].hits, from asked_lists); admin wildcard entries are left to IAMGATE_ADMIN_WILDCARD.
findings contains lib.finding(rule, details(actions), e.path) if {
	lib.is_identity(input)
	some rule in [_data_exfiltration, _credentials_exposure, _resource_exposure]
	some e in lib.fact_grants
	actions := e.hits[rule.issueCode]
}

details(actions) := concat("", ["Allows ", lib.list_text(actions, 8), " on all resources without a limiting condition."])

# The actions the rules ask Java about, per rule (see lib/facts.rego).
asked_lists := {
	_data_exfiltration.issueCode: data_exfiltration_actions,
	_credentials_exposure.issueCode: credentials_exposure_actions,
	_resource_exposure.issueCode: _resource_exposure_actions,
}

asked := {a | some a in array.concat(array.concat(data_exfiltration_actions, credentials_exposure_actions), _resource_exposure_actions)}
