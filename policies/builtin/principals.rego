# Rules over a principal's whole permissions (iamgate/principal_findings). The Java principal checks
# already report administrator-equivalent principals, escalation paths across policies, powerful
# principals that outsiders can assume and boundaries that bound nothing; the rules here add what
# those do not say, and stay silent where they speak (one problem, one finding).
package iamgate.builtin.principals

import data.iamgate.builtin.sensitive_actions
import data.iamgate.lib

_sensitive_and_open := {
	"issueCode": "IAMGATE_PRINCIPAL_SENSITIVE_AND_OPEN",
	"findingType": "SECURITY_WARNING",
	"title": "Role with all of the account's data or credentials that anyone or any repository can assume",
	"description": concat(" ", [
		"A role that anyone, or any repository of a GitHub organisation, can assume holds, on every resource",
		"and without a condition that limits it, actions that read all of the account's data or return other",
		"principals' credentials. It is no administrator, but whoever assumes it takes the account's data.",
	]),
	"remediation": concat(" ", [
		"Pin the trust policy to the repository and branch (or account and role) that uses the role, and limit",
		"the actions to the buckets, secrets, parameters, keys and roles it needs.",
	]),
}

rules := {_sensitive_and_open.issueCode: _sensitive_and_open}

# The actions the rules ask Java about (see lib/facts.rego).
asked := {a | some a in _sensitive_actions_list}

asked_lists := {_sensitive_and_open.issueCode: _sensitive_actions_list}

_sensitive_actions_list := array.concat(
	sensitive_actions.data_exfiltration_actions,
	sensitive_actions.credentials_exposure_actions,
)

# Input: {"principal": {"name", "kind", "trust": {"open", "summary"}, "powerful", "unbounded"}}, where
# `unbounded` holds the asked actions the principal may use on every resource without a limiting
# condition after its Deny statements and boundary. A powerful principal is
# IAMGATE_PRINCIPAL_POWERFUL_AND_OPEN's (Java), so it is left out here.
findings contains lib.finding(_sensitive_and_open, details(p, held), []) if {
	p := input.principal
	p.kind == "ROLE"
	p.trust.open
	not p.powerful
	held := [a | some a in _sensitive_actions_list; p.unbounded[a]]
	count(held) > 0
}

details(p, held) := concat("", [
	"Role ", p.name, " can be assumed by ", p.trust.summary, " and allows ", lib.list_text(held, 8),
	" on all resources without a limiting condition: whoever assumes it can take the account's data or credentials.",
])
