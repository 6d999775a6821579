# The facts the Java side works out for the unit before the pack runs (PackFacts), in input.facts:
#
#   statements  [{"path", "notAction", "notResource"}]   Allow statements written with NotAction
#                                                       or NotResource
#   admin       [{"path", "value"}]                     identity policy: Action entries that cover all
#                                                       of IAM in a statement that covers every role,
#                                                       user and policy
#   grants      [{"path", "hits": {issueCode: [action, ...]}}]
#               identity policy: per Action entry (or NotAction element), for each rule of
#               asked_actions, the actions of its list the entry grants on every resource of the
#               action, under no condition that limits it, and that no unconditional Deny takes
#               back, in list order and spelled as listed. Entries IAMGATE_ADMIN_WILDCARD reports
#               (`*`, `iam:*`) are left out: that one finding says it all.
#   escalations [{"path", "method": {"issueCode", "method", "actions", "how"}}]
#               identity policy: the privilege-escalation methods of Java's catalogue the policy
#               holds by itself, and the entry a finding points at (DocumentEscalations).
#
# Expanding wildcards, matching ARNs per action through the IAM reference and reading conditions
# happen once, in Java; the rules here only look the answers up.
package iamgate.lib

_input_facts := object.get(input, "facts", {})

fact_statements := object.get(_input_facts, "statements", [])

fact_admin := object.get(_input_facts, "admin", [])

fact_grants := object.get(_input_facts, "grants", [])

fact_escalations := object.get(_input_facts, "escalations", [])
