# Repository-level guardrail: when a repository manages service control policies, one of them
# should deny switching off threat detection, so that no identity policy anywhere in the
# organisation can (SCPs bind every principal in member accounts, administrators included).
# Evaluated once per run over all policy units, not per policy.
package iamgate.builtin.scp_guardrails

import data.iamgate.builtin.threat_detection
import data.iamgate.lib

_scp_detection_not_denied := {
	"issueCode": "IAMGATE_SCP_DETECTION_NOT_DENIED",
	"findingType": "WARNING",
	"title": "SCPs do not protect threat detection",
	"description": concat(" ", [
		"The repository defines service control policies, but none of them denies the actions that",
		"switch off or delete GuardDuty, Security Hub, Macie, Inspector, IAM Access Analyzer, Detective,",
		"CloudTrail, Config or WAF web ACLs. Without that guardrail, any account administrator (or an",
		"attacker holding its credentials) can disable detection before acting.",
	]),
	"remediation": concat(" ", [
		"Add an SCP statement with Effect Deny on these actions and Resource \"*\", exempting only the",
		"security-administration role (Condition ArnNotLike aws:PrincipalArn).",
	]),
}

rules := {_scp_detection_not_denied.issueCode: _scp_detection_not_denied}

_scps := [unit |
	some unit in object.get(input, "policies", [])
	lib.is_scp(unit)
]

# What the repository's SCPs deny on all resources, for every caller but exempted principals.
_scp_denials := lib.grant_index([g |
	some unit in _scps
	some s in lib.statements(object.get(unit, "document", {}))
	lib.denies(s)
	lib.on_all_resources(s)
	_principal_exemptions_only(s)
	some g in lib.grant_entries(s)
])

# A guardrail normally exempts a break-glass or security role with a condition on the caller
# (aws:PrincipalArn, aws:PrincipalTag/..., aws:PrincipalAccount...) and still binds everyone else.
# Any other condition limits when the Deny applies: a region lock (Deny NotAction [...] outside
# two regions) leaves detection open in the allowed regions, so it does not count.
_principal_exemptions_only(s) if {
	every c in s.conditions {
		_caller_key(c.key_lower)
	}
}

_caller_key(key) if startswith(key, "aws:principal")

_caller_key(key) if key in {"aws:userid", "aws:username"}

_left_open := [a |
	some a in threat_detection.disable_actions
	not lib.index_grants(_scp_denials, lower(a))
]

# One finding for the whole repository, located at the first SCP so that it has a file.
repository_findings contains object.union(
	lib.finding(_scp_detection_not_denied, details, [{"value": "Statement"}]),
	{"file": object.get(first, "file", null), "origin": object.get(first, "origin", null)},
) if {
	count(_scps) > 0
	count(_left_open) > 0
	first := _scps[0]
	details := concat("", [
		"No service control policy in the repository (", format_int(count(_scps), 10), " checked) denies ",
		concat(", ", _left_open), ".",
	])
}
