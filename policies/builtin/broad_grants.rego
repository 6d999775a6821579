# Broad grants: administrator wildcards, and Allow statements written in the negative
# (NotAction, NotResource), which grant everything the author did not think to list, including
# actions and resources that AWS adds later.
package iamgate.builtin.broad_grants

import data.iamgate.lib

_admin_wildcard := {
	"issueCode": "IAMGATE_ADMIN_WILDCARD",
	"findingType": "SECURITY_WARNING",
	"title": "Administrator access",
	"description": concat(" ", [
		"An Allow of `*` or `iam:*` (or any pattern covering all of IAM) on all resources makes the principal",
		"an administrator: with IAM it can grant itself every other permission. A condition does not change",
		"that inside the conditions it allows.",
	]),
	"remediation": concat(" ", [
		"Grant the actions the workload uses on the resources it uses. Keep administrator access to a few",
		"break-glass roles, and suppress this finding there with a reason.",
	]),
}

_allow_not_action := {
	"issueCode": "IAMGATE_ALLOW_NOT_ACTION",
	"findingType": "WARNING",
	"title": "Allow with NotAction",
	"description": concat(" ", [
		"Allow with NotAction grants every action except those listed, in every service, including",
		"actions AWS adds later. It is rarely the intent and hard to review.",
	]),
	"remediation": "List the allowed actions with Action. Use NotAction only in Deny statements.",
}

_allow_not_resource := {
	"issueCode": "IAMGATE_ALLOW_NOT_RESOURCE",
	"findingType": "WARNING",
	"title": "Allow with NotResource",
	"description": concat(" ", [
		"Allow with NotResource grants the actions on every resource except those listed, in every",
		"account the principal can reach, including resources created later.",
	]),
	"remediation": "List the allowed resources with Resource. Use NotResource only in Deny statements.",
}

rules[r.issueCode] := r if some r in [_admin_wildcard, _allow_not_action, _allow_not_resource]

# Conditions are not a way out: an administrator limited to one region is still an administrator.
findings contains lib.finding(_admin_wildcard, details, e.path) if {
	lib.is_identity(input)
	some e in lib.fact_admin
	details := concat("", ["\"", e.value, "\" on all resources grants administrator access", _admin_scope(lower(e.value)), "."])
}

_admin_scope(pattern) := " (every action)" if {
	lib.action_matches(pattern, "s3:*")
} else := " (all of IAM, so any other permission too)"

findings contains lib.finding(_allow_not_action, "Allow with NotAction grants every action not listed here.", path) if {
	lib.grants_access(input)
	some s in lib.fact_statements
	s.notAction
	path := array.concat(s.path, [{"value": "NotAction"}])
}

findings contains lib.finding(_allow_not_resource, "Allow with NotResource grants the actions on every resource not listed here.", path) if {
	lib.grants_access(input)
	some s in lib.fact_statements
	s.notResource
	path := array.concat(s.path, [{"value": "NotResource"}])
}
