# The facts the Java side works out for the unit before the pack runs (PackFacts), in input.facts:
#
#   statements  [{"path", "notAction", "notResource"}]   Allow statements written with NotAction
#                                                       or NotResource
#   admin       [{"path", "value"}]                     identity policy: Action entries that cover all
#                                                       of IAM in a statement that covers every role,
#                                                       user and policy
#   grants      [{"path", "admin", "actions", "passedTo"}]
#               identity policy: per Action entry (or NotAction element), the actions of
#               asked_actions it grants on every resource of the action, under no condition that
#               limits it, and that no unconditional Deny takes back. `actions` is a set-like
#               object of the names as asked_actions spells them (no lower-casing needed); `passedTo` lists the services an iam:PassedToService
#               condition names (it binds iam:PassRole only); `admin` marks the entries
#               IAMGATE_ADMIN_WILDCARD reports.
#
# Expanding wildcards, matching ARNs per action through the IAM reference and reading conditions
# happen once, in Java; the rules here only look the answers up.
package iamgate.lib

input_facts := object.get(input, "facts", {})

fact_statements := object.get(input_facts, "statements", [])

fact_admin := object.get(input_facts, "admin", [])

fact_grants := object.get(input_facts, "grants", [])

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

# granted_actions: the actions some entry grants (iam:PassRole to whichever service).
granted_actions contains x if {
	some e in fact_grants
	some x, _ in e.actions
}

# grants(e, action, service): the entry grants the action; iam:PassRole only when the
# entry's iam:PassedToService condition, if any, admits the service the role is passed to.
grants(e, action, _) if {
	action != "iam:PassRole"
	e.actions[action]
}

grants(e, "iam:PassRole", service) if {
	e.actions["iam:PassRole"]
	_passes_to(e.passedTo, service)
}

_passes_to(services, _) if count(services) == 0

_passes_to(services, service) if {
	some p in services
	plain_glob(p)
	glob.match(p, [], service)
}
