# Resource policies (bucket, key, queue, topic, function, secret, repository... policies): who
# besides the account can reach the resource, and whether S3 refuses plain HTTP.
package iamgate.builtin.resource_policies

import data.iamgate.lib

public_principal := {
	"issueCode": "IAMGATE_PUBLIC_PRINCIPAL",
	"findingType": "SECURITY_WARNING",
	"title": "Resource open to any principal",
	"description": concat(" ", [
		"An Allow statement names any principal (\"*\", {\"AWS\": \"*\"}, an account wildcard, or NotPrincipal)",
		"without a condition that limits the caller to known accounts, an organization, a network or a",
		"source resource. Anyone with an AWS account, or anyone at all, can use the allowed actions.",
	]),
	"remediation": concat(" ", [
		"Name the principals, or add a condition on aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn,",
		"aws:SourceVpce, aws:SourceVpc, aws:SourceIp, aws:SourceArn or aws:SourceAccount with StringEquals,",
		"StringLike, ArnLike or IpAddress (not IfExists, not negated, not a bare wildcard).",
	]),
}

_s3_secure_transport := {
	"issueCode": "IAMGATE_S3_SECURE_TRANSPORT_NOT_ENFORCED",
	"findingType": "WARNING",
	"title": "S3 bucket policy does not require TLS",
	"description": concat(" ", [
		"The bucket policy has no statement that denies requests over plain HTTP, so clients can read and",
		"write the bucket unencrypted in transit.",
	]),
	"remediation": concat(" ", [
		"Add {\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"s3:*\", \"Resource\": [bucket ARN, bucket ARN + \"/*\"],",
		"\"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"false\"}}}.",
	]),
}

rules[r.issueCode] := r if some r in [public_principal, _s3_secure_transport]

# --- IAMGATE_PUBLIC_PRINCIPAL ----------------------------------------------------------------------

findings contains lib.finding(public_principal, _public_details(p.value), p.path) if {
	lib.is_resource_policy(input)
	some s in lib.input_statements
	lib.allows(s)
	not lib.narrowed(s, lib.narrowing_keys)
	some p in s.principals
	lib.public_principal(p)
}

# Allow with NotPrincipal allows everyone who is not listed.
findings contains lib.finding(public_principal, "Allow with NotPrincipal allows every principal not listed, without a condition that limits the caller.", path) if {
	lib.is_resource_policy(input)
	some s in lib.input_statements
	lib.allows(s)
	s.uses_not_principal
	not lib.narrowed(s, lib.narrowing_keys)
	path := array.concat(s.path, [{"value": "NotPrincipal"}])
}

_public_details(who) := concat("", [
	"Principal \"", who, "\" is allowed without a condition that limits the caller's account, organization, network or source.",
])

# A service principal without a source condition (the confused deputy) is the offline check
# RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL's (or, with a weaker scope key,
# RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL's): one problem, one finding.

# --- IAMGATE_S3_SECURE_TRANSPORT_NOT_ENFORCED --------------------------------------------------

findings contains lib.finding(_s3_secure_transport, "No statement denies s3:* to \"*\" when aws:SecureTransport is false.", path) if {
	lib.is_resource_policy(input)
	lib.resource_type(input) == "AWS::S3::Bucket"
	not _requires_tls(lib.input_statements)
	path := _statement_path(object.get(input, "document", {}))
}

# The canonical TLS guard: Deny, to everyone, every S3 action, when the request is not over TLS.
# A Deny of only some actions leaves the others usable over HTTP, so it does not count.
_requires_tls(stmts) if {
	some s in stmts
	lib.denies(s)
	some p in s.principals
	lib.public_principal(p)
	some g in lib.grant_entries(s)
	g.kind == "Action"
	lib.action_matches(g.pattern, "s3:*")
	some c in s.conditions
	c.operator_lower in {"bool", "boolifexists"}
	c.key_lower == "aws:securetransport"
	some v in c.values
	lower(v) == "false"
}

_statement_path(doc) := [{"value": "Statement"}] if {
	doc.Statement
} else := []
