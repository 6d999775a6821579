# Role trust policies: who can assume the role. A role anyone can assume is a public role; a role
# trusting an OIDC provider without pinning the token's subject and audience can be assumed with a
# token issued to someone else (for GitHub: any repository's workflow).
package iamgate.builtin.trust_policies

import data.iamgate.lib

_trust_any_principal := {
	"issueCode": "IAMGATE_TRUST_ANY_PRINCIPAL",
	"findingType": "SECURITY_WARNING",
	"title": "Role assumable by any AWS principal",
	"description": concat(" ", [
		"The trust policy allows \"*\" ({\"AWS\": \"*\"}, an account wildcard, or NotPrincipal) to assume the role",
		"without a condition that limits the caller to an organization, account or principal ARN.",
		"Any principal in any AWS account can then obtain the role's credentials. sts:ExternalId does",
		"not help: it is a shared value, not an identity.",
	]),
	"remediation": "Name the trusted accounts or roles, or add aws:PrincipalOrgID / aws:PrincipalAccount / aws:PrincipalArn with StringEquals or ArnLike.",
}

_trust_oidc_unscoped := {
	"issueCode": "IAMGATE_TRUST_OIDC_UNSCOPED",
	"findingType": "SECURITY_WARNING",
	"title": "Web identity trust without subject and audience",
	"description": concat(" ", [
		"The role trusts an OIDC identity provider for sts:AssumeRoleWithWebIdentity without conditions",
		"that pin the token's subject (<provider>:sub) and audience (<provider>:aud). The provider issues",
		"tokens to many parties: for token.actions.githubusercontent.com, every workflow of every",
		"repository on GitHub gets one.",
	]),
	"remediation": concat(" ", [
		"Add StringEquals on <provider>:aud (for GitHub, sts.amazonaws.com) and StringEquals or StringLike",
		"on <provider>:sub naming your repository and branch or environment (repo:org/repo:ref:refs/heads/main).",
		"Cognito identity pools: pin cognito-identity.amazonaws.com:aud to the pool id.",
	]),
}

rules[r.issueCode] := r if some r in [_trust_any_principal, _trust_oidc_unscoped]

# --- IAMGATE_TRUST_ANY_PRINCIPAL --------------------------------------------------------------------

findings contains lib.finding(_trust_any_principal, details, p.path) if {
	lib.is_trust(input)
	some s in lib.input_statements
	lib.allows(s)
	not lib.narrowed(s, lib.narrowing_keys)
	some p in s.principals
	lib.public_principal(p)
	details := concat("", ["Principal \"", p.value, "\" can assume the role without a condition that limits the caller's organization, account or ARN."])
}

findings contains lib.finding(_trust_any_principal, "Allow with NotPrincipal lets every principal not listed assume the role.", path) if {
	lib.is_trust(input)
	some s in lib.input_statements
	lib.allows(s)
	s.uses_not_principal
	not lib.narrowed(s, lib.narrowing_keys)
	path := array.concat(s.path, [{"value": "NotPrincipal"}])
}

# --- IAMGATE_TRUST_OIDC_UNSCOPED ----------------------------------------------------------------------

findings contains lib.finding(_trust_oidc_unscoped, details, p.path) if {
	lib.is_trust(input)
	some s in lib.input_statements
	lib.allows(s)
	some g in lib.grant_entries(s)
	lib.entry_grants(g, "sts:assumerolewithwebidentity")
	some p in s.principals
	p.kind == "Federated"
	host := _oidc_host(p.value)
	problems := array.concat(
		[_missing_claim(host, claim) | some claim in _required_claims(host); not _claim_pinned(s, host, claim)],
		[_unscoped_github_subject(v) | some v in _github_subjects(s, host); _github_owner_wildcard(v)],
	)
	count(problems) > 0
	details := concat("", ["Web identity tokens from ", host, " can assume the role: ", concat("; ", problems), "."])
}

# oidc_host(federated): the issuer of a web identity provider principal, from an IAM OIDC provider
# ARN (arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com) or one of the
# built-in providers. SAML providers are not web identity.
_oidc_host(federated) := split(federated, ":oidc-provider/")[1] if {
	contains(federated, ":oidc-provider/")
} else := federated if {
	lower(federated) in {"cognito-identity.amazonaws.com", "accounts.google.com", "graph.facebook.com", "www.amazon.com"}
}

# The claims that must be pinned. Cognito identity pools and Google are scoped by the audience
# (the pool or client id); Login with Amazon and Facebook by app_id; everything else (GitHub,
# GitLab, EKS, Terraform Cloud, ...) by both subject and audience.
_required_claims(host) := ["aud"] if {
	lower(host) in {"cognito-identity.amazonaws.com", "accounts.google.com"}
} else := ["app_id"] if {
	lower(host) in {"graph.facebook.com", "www.amazon.com"}
} else := ["aud", "sub"]

_claim_pinned(s, host, claim) if {
	some c in s.conditions
	c.key_lower == lower(concat(":", [host, claim]))
	lib.narrowing_condition(c, {c.key_lower})
}

_missing_claim(host, claim) := concat("", [host, ":", claim, " is not pinned by a StringEquals or StringLike condition"])

_github_subjects(s, host) := [v |
	some c in s.conditions
	c.key_lower == lower(concat(":", [host, "sub"]))
	some v in c.values
] if {
	lower(host) == "token.actions.githubusercontent.com"
} else := []

# "repo:*", "repo:*/app:*", "repo:acme*/...": the owner part is a wildcard, so any GitHub account
# can create a matching repository.
_github_owner_wildcard(subject) if {
	startswith(subject, "repo:")
	owner := split(trim_prefix(subject, "repo:"), "/")[0]
	_has_wildcard(owner)
}

_has_wildcard(text) if contains(text, "*")

_has_wildcard(text) if contains(text, "?")

_unscoped_github_subject(subject) := concat("", ["sub \"", subject, "\" matches repositories of any GitHub owner"])
