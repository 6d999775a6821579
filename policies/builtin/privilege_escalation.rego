# Privilege escalation: combinations of actions that, granted on all resources without a
# condition that limits them, let a principal give itself more permissions than the policy states.
#
# The methods are io.iamgate.access.EscalationCatalogue's (escalation-paths.json: Rhino Security
# Labs' 21 plus pathfinding.cloud's paths; docs/escalation-paths.md lists them). Java works out
# which of them one identity policy holds by itself (DocumentEscalations, with the same resource
# and condition rules as the principal-level check: iam:PassedToService naming the method's own
# service does not defuse it) and hands them over in input.facts.escalations, each with the method
# and the entry a finding points at. A method whose actions include a smaller method's found in
# the same policy, or one held only through `*` / `iam:*` (IAMGATE_ADMIN_WILDCARD says that once),
# is not in the facts.
#
# Each method is its own rule with its own issue code, so that a SARIF rule, a suppression and a
# baseline entry can name exactly one path. The rule catalogue (iamgate/rules) gets the methods
# from Java as input.escalationMethods.
package iamgate.builtin.privilege_escalation

import data.iamgate.lib

_remediation := concat(" ", [
	"Scope the actions to the resources that need them (for iam:PassRole, the role ARNs, with an",
	"iam:PassedToService condition), add a condition that limits them, or drop one action of the set.",
	"If the principal really administers IAM, suppress this finding with a reason.",
])

# Metadata of every rule in this family: one rule per catalogue method.
rules[m.issueCode] := _rule(m) if some m in input.escalationMethods

_rule(m) := object.union(_head(m), {
	"title": concat("", ["Privilege escalation: ", m.method]),
	"description": concat("", [
		"Allowing ", concat(" + ", m.actions), " on all resources without a limiting condition lets a principal ",
		m.how, ", so the policy grants more than it says. Source: ", m.source, ".",
		_also_covers(m.alsoCovers),
	]),
	"remediation": _remediation,
})

# What a finding needs of its rule; the facts carry no more of a method than the finding needs.
_head(m) := {"issueCode": m.issueCode, "findingType": "SECURITY_WARNING"}

_also_covers(paths) := "" if {
	count(paths) == 0
} else := concat("", [" Also covers: ", concat("; ", paths), "."])

# One finding per method the policy holds (see above).
findings contains lib.finding(_head(e.method), details(e.method), e.path) if {
	lib.is_identity(input)
	some e in lib.fact_escalations
}

details(m) := concat("", [
	concat(" + ", m.actions), " allowed on all resources without a limiting condition: a principal can ",
	m.how, " (", m.method, ").",
])
