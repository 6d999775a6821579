# The facts the Java side works out for the unit before the pack runs (PackFacts), in input.facts:
#
#   statements  [{"path", "notAction", "notResource"}]   Allow statements written with NotAction
#                                                       or NotResource
#   admin       [{"path", "value"}]                     identity policy: Action entries that cover all
#                                                       of IAM in a statement that covers every role,
#                                                       user and policy
#   grants      [{"path", "admin", "actions"}]
#               identity policy: per Action entry (or NotAction element), the actions of
#               asked_actions it grants on every resource of the action, under no condition that
#               limits it, and that no unconditional Deny takes back. `actions` is a set-like
#               object of the names as asked_actions spells them (no lower-casing needed); `admin`
#               marks the entries IAMGATE_ADMIN_WILDCARD reports.
#   escalations [{"path", "method": {"issueCode", "method", "actions", "how", "source", "alsoCovers"}}]
#               identity policy: the privilege-escalation methods of Java's catalogue the policy
#               holds by itself, and the entry a finding points at (DocumentEscalations).
#
# Expanding wildcards, matching ARNs per action through the IAM reference and reading conditions
# happen once, in Java; the rules here only look the answers up.
package iamgate.lib

input_facts := object.get(input, "facts", {})

fact_statements := object.get(input_facts, "statements", [])

fact_admin := object.get(input_facts, "admin", [])

fact_grants := object.get(input_facts, "grants", [])

fact_escalations := object.get(input_facts, "escalations", [])

# has_broad_grants: something in the unit is granted on every resource without a limiting condition.
has_broad_grants if count(fact_grants) > 0

# listed_grants(actions): for each grant entry, which of the listed actions (in canonical spelling,
# list order) it grants. Administrator entries are left to IAMGATE_ADMIN_WILDCARD, which reports
# that token once, instead of every list rule again.
# Each entry's few granted actions are looked up in the list, not the long list in each entry.
listed_grants(actions) := [{"path": e.path, "actions": [actions[i] | some i in hits]} |
	some e in fact_grants
	not e.admin
	hits := sort([i | some x, _ in e.actions; i := order[x]])
	count(hits) > 0
] if {
	order := {a: i | some i, a in actions}
}
