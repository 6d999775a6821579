package iamgate.builtin.trust_policies_test

import data.iamgate.builtin.trust_policies

trust(doc) := {"document": doc, "policyType": "TRUST_POLICY", "resourceType": null, "origin": "Resources.DeployRole.Properties.AssumeRolePolicyDocument", "file": "template.yaml"}

github_provider := "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"

github_trust(condition) := {"Version": "2012-10-17", "Statement": [{
	"Effect": "Allow",
	"Principal": {"Federated": github_provider},
	"Action": "sts:AssumeRoleWithWebIdentity",
	"Condition": condition,
}]}

# --- IAMGATE_TRUST_ANY_PRINCIPAL ---------------------------------------------------------------------

test_role_assumable_by_anyone if {
	fs := trust_policies.findings with input as trust({"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}]})
	fs == {{
		"issueCode": "IAMGATE_TRUST_ANY_PRINCIPAL", "findingType": "SECURITY_WARNING",
		"findingDetails": "Principal \"*\" can assume the role without a condition that limits the caller's organization, account or ARN.",
		"path": [{"value": "Statement"}, {"index": 0}, {"value": "Principal"}, {"value": "AWS"}],
	}}
}

# An external id is a shared secret, not an identity: still anyone who learns it.
test_external_id_does_not_limit_the_caller if {
	fs := trust_policies.findings with input as {"policyType": "RESOURCE_POLICY", "resourceType": "AWS::IAM::AssumeRolePolicyDocument", "document": {"Statement": {
		"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole",
		"Condition": {"StringEquals": {"sts:ExternalId": "c0ffee"}},
	}}}
	{[f.issueCode, f.path] | some f in fs} == {["IAMGATE_TRUST_ANY_PRINCIPAL", [{"value": "Statement"}, {"value": "Principal"}]]}
}

# Near miss: "*" limited to the organization, and a named partner account.
test_org_limited_and_named_accounts_are_fine if {
	fs := trust_policies.findings with input as trust({"Statement": [
		{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}},
		{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": "c0ffee"}}},
	]})
	fs == set()
}

# --- IAMGATE_TRUST_OIDC_UNSCOPED ----------------------------------------------------------------------

test_github_trust_without_sub if {
	fs := trust_policies.findings with input as trust(github_trust({"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}}))
	fs == {{
		"issueCode": "IAMGATE_TRUST_OIDC_UNSCOPED", "findingType": "SECURITY_WARNING",
		"findingDetails": "Web identity tokens from token.actions.githubusercontent.com can assume the role: token.actions.githubusercontent.com:sub is not pinned by a StringEquals or StringLike condition.",
		"path": [{"value": "Statement"}, {"index": 0}, {"value": "Principal"}, {"value": "Federated"}],
	}}
}

test_github_trust_with_any_owner if {
	fs := trust_policies.findings with input as trust(github_trust({
		"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
		"StringLike": {"token.actions.githubusercontent.com:sub": ["repo:acme/app:ref:refs/heads/main", "repo:*/infra:*"]},
	}))
	[f] := [f | some f in fs]
	f.findingDetails == "Web identity tokens from token.actions.githubusercontent.com can assume the role: sub \"repo:*/infra:*\" matches repositories of any GitHub owner."
}

test_eks_trust_without_conditions if {
	fs := trust_policies.findings with input as trust({"Statement": {
		"Effect": "Allow", "Action": ["sts:AssumeRoleWithWebIdentity"],
		"Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"},
	}})
	[f] := [f | some f in fs]
	contains(f.findingDetails, "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud is not pinned")
	contains(f.findingDetails, ":sub is not pinned")
}

# Condition keys are case-insensitive: a differently cased key still pins the claim.
test_condition_key_case_does_not_matter if {
	fs := trust_policies.findings with input as trust(github_trust({"StringEquals": {
		"Token.Actions.GitHubUserContent.com:AUD": "sts.amazonaws.com",
		"token.actions.githubusercontent.com:Sub": "repo:acme/app:environment:prod",
	}}))
	fs == set()
}

# Near miss: GitHub trust pinned to one repository's main branch, as GitHub and AWS document it.
test_github_trust_pinned_to_a_repository_is_fine if {
	fs := trust_policies.findings with input as trust(github_trust({
		"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
		"StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/app:ref:refs/heads/main"},
	}))
	fs == set()
}

# Near miss: a Cognito identity pool role pinned to its pool (aud), and a SAML federation.
test_cognito_pool_and_saml_are_fine if {
	fs := trust_policies.findings with input as trust({"Statement": [
		{
			"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity",
			"Condition": {"StringEquals": {"cognito-identity.amazonaws.com:aud": "eu-west-1:12345678-abcd-abcd-abcd-123456789012"}},
		},
		{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"}, "Action": "sts:AssumeRoleWithSAML"},
	]})
	fs == set()
}

# Identity policies are not trust policies.
test_identity_policy_is_out_of_scope if {
	fs := trust_policies.findings with input as {"policyType": "IDENTITY_POLICY", "document": {"Statement": {"Effect": "Allow", "Action": "sts:AssumeRoleWithWebIdentity", "Resource": "*"}}}
	fs == set()
}
