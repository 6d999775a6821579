# Inputs for the rule tests: facts as PackFacts hands them over (lib/facts.rego). How documents
# become facts (wildcards, ARNs per action, conditions, Deny) is PackFactsTest's business; these
# tests check what the rules make of the facts.
package iamgate.fixture

import data.iamgate

identity(grants) := {
	"policyType": "IDENTITY_POLICY", "resourceType": null, "origin": "", "file": "policy.json",
	"facts": {"statements": [], "admin": [], "grants": grants, "escalations": []},
}

# escalated(escalations): an identity policy whose facts hold these escalation methods found
# (DocumentEscalations), each {"path", "method"}.
escalated(escalations) := object.union(identity([]), {"facts": {"escalations": escalations}})

# path(s, i): Statement[s].Action[i]; i null: a lone Action string; s null: a lone Statement object.
path(s, i) := array.concat(statement(s), [{"value": "Action"}, {"index": i}]) if {
	i != null
} else := array.concat(statement(s), [{"value": "Action"}])

statement(null) := [{"value": "Statement"}]

statement(s) := [{"value": "Statement"}, {"index": s}] if s != null

not_action(s) := array.concat(statement(s), [{"value": "NotAction"}])

# grant(path, actions): the entry at path grants the actions on every resource, under no condition:
# per rule of the pack's asked_actions, the listed actions among them, in list order, as PackFacts
# lists them.
grant(p, actions) := {"path": p, "hits": {code: hits |
	some code, list in iamgate.asked_actions
	hits := [a | some a in list; a in actions]
	count(hits) > 0
}}

# admin_grant(path): an entry IAMGATE_ADMIN_WILDCARD reports (`*`, `iam:*`), which PackFacts
# leaves out of the grants: an entry that lists nothing.
admin_grant(p) := {"path": p, "hits": {}}

codes(fs) := {f.issueCode | some f in fs}
