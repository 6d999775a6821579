# Matching helpers shared by the rules: action globs, "all resources", grants and denials,
# policy-unit kinds, narrowing conditions, and the one place where a finding object is built.
package iamgate.lib

# --- Policy unit kinds ------------------------------------------------------------------------

policy_type(unit) := object.get(unit, "policyType", null)

resource_type(unit) := object.get(unit, "resourceType", null)

# A unit without a policy type is treated as an identity policy, the way Access Analyzer
# defaults ValidatePolicy.
is_identity(unit) if policy_type(unit) in {"IDENTITY_POLICY", null}

is_trust(unit) if policy_type(unit) == "TRUST_POLICY"

is_trust(unit) if resource_type(unit) == "AWS::IAM::AssumeRolePolicyDocument"

is_resource_policy(unit) if {
	policy_type(unit) == "RESOURCE_POLICY"
	not is_trust(unit)
}

is_scp(unit) if policy_type(unit) == "SERVICE_CONTROL_POLICY"

# SCPs and RCPs never grant anything: their Allow statements only set the ceiling, and
# FullAWSAccess (Allow * on *) is their normal default. Grant-based rules skip them.
grants_access(unit) if not policy_type(unit) in {"SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY"}

# --- Actions ----------------------------------------------------------------------------------

# action_matches(pattern, action): IAM glob semantics (`*` any run, `?` one character) over
# lower-cased text. Most patterns in real policies are literal action names, so those are compared
# directly, and a wildcard pattern is only globbed against actions of its own service: glob.match
# compiles its pattern (OPA caches only 100 of them) and dominated evaluation time on policies
# with hundreds of actions. Patterns that contain glob.match's other metacharacters are not valid
# IAM actions and match nothing, which also keeps glob.match from raising an error inside wasm.
action_matches(pattern, action) if {
	literal(pattern)
	pattern == action
}

action_matches(pattern, action) if {
	not literal(pattern)
	same_service(service_of(pattern), action)
	plain_glob(pattern)
	glob.match(pattern, [], action)
}

literal(pattern) if {
	not contains(pattern, "*")
	not contains(pattern, "?")
}

# service_of(pattern): the service prefix, or "*" when the prefix itself has a wildcard.
service_of(pattern) := "*" if {
	not literal(split(pattern, ":")[0])
} else := split(pattern, ":")[0]

same_service("*", _)

same_service(service, action) if startswith(action, concat("", [service, ":"]))

plain_glob(pattern) if {
	not contains(pattern, "[")
	not contains(pattern, "{")
	not contains(pattern, "\\")
}

matches_any(patterns, action) if {
	some p in patterns
	action_matches(p, action)
}

# admin_pattern(p): the pattern covers every IAM action (`*`, `*:*`, `iam:*`, `iam:*?`, ...).
# Matching it against the literal text "iam:*" decides that: only a pattern whose wildcards can
# swallow the literal `*` matches it. Whoever holds all of IAM can grant themselves anything.
admin_pattern(p) if action_matches(p, "iam:*")

# --- Resources --------------------------------------------------------------------------------

# any_resource(r): "*", or an ARN whose region, account and resource parts are all wildcards
# ("arn:aws:s3:::*", "arn:*:iam::*:*"): as broad as "*" for the actions of that service.
any_resource("*")

any_resource(arn) if {
	parts := split(arn, ":")
	count(parts) >= 6
	parts[0] == "arn"
	parts[3] in {"", "*"}
	parts[4] in {"", "*"}
	wildcards_only(concat(":", array.slice(parts, 5, count(parts))))
}

# wildcards_only(s): non-empty and made only of `*`, so it matches any text.
wildcards_only(s) if {
	s != ""
	replace(s, "*", "") == ""
}

on_all_resources(s) if {
	not s.uses_not_resource
	some r in s.resources
	any_resource(r.value)
}

# --- Grants -----------------------------------------------------------------------------------

allows(s) if s.effect == "Allow"

denies(s) if s.effect == "Deny"

unconditional(s) if count(s.conditions) == 0

# broad_allow(s): the statement grants its actions on everything, with nothing to narrow it.
broad_allow(s) if {
	allows(s)
	unconditional(s)
	on_all_resources(s)
}

# grant_entries(s): what in a statement grants actions, and where a finding should point.
# An Action statement has one entry per action pattern; a NotAction statement has one entry
# (the NotAction element) that grants everything its patterns do not match.
grant_entries(s) := [{
	"path": array.concat(s.path, [{"value": "NotAction"}]),
	"kind": "NotAction",
	"patterns": [e.lower | some e in s.not_actions],
}] if {
	s.uses_not_action
} else := [action_entry(e) | some e in s.actions]

# Everything entry_grants needs is worked out once per entry here, not once per (entry, action).
action_entry(e) := {
	"path": e.path,
	"kind": "Action",
	"pattern": e.lower,
	"literal": literal_flag(e.lower),
	"service": service_of(e.lower),
	"service_prefix": concat("", [service_of(e.lower), ":"]),
	"globbable": globbable_flag(e.lower),
	"admin": admin_flag(e.lower),
}

# Booleans for the entry object (a Rego predicate is undefined, not false, when it fails).
literal_flag(p) if {
	literal(p)
} else := false

globbable_flag(p) if {
	plain_glob(p)
} else := false

admin_flag(p) if {
	admin_pattern(p)
} else := false

# entry_grants(g, action): the entry covers the (lower-cased) action.
entry_grants(g, action) if {
	g.kind == "Action"
	g.literal
	g.pattern == action
}

entry_grants(g, action) if {
	g.kind == "Action"
	not g.literal
	entry_service_matches(g, action)
	g.globbable
	glob.match(g.pattern, [], action)
}

entry_grants(g, action) if {
	g.kind == "NotAction"
	not matches_any(g.patterns, action)
}

entry_service_matches(g, _) if g.service == "*"

entry_service_matches(g, action) if startswith(action, g.service_prefix)

admin_entry(g) if {
	g.kind == "Action"
	g.admin
}

# grant_index(entries): the entries, split so that "is this action granted?" costs a set lookup
# for literal actions and a scan of the (few) wildcard and NotAction entries only.
grant_index(entries) := {
	"entries": entries,
	"literal": {e.pattern | some e in entries; e.kind == "Action"; e.literal},
	"wildcards": [e | some e in entries; e.kind == "Action"; not e.literal],
	"not_actions": [e | some e in entries; e.kind == "NotAction"],
}

index_grants(index, action) if index.literal[action]

index_grants(index, action) if {
	some e in index.wildcards
	entry_grants(e, action)
}

index_grants(index, action) if {
	some e in index.not_actions
	entry_grants(e, action)
}

# broad_entries(stmts): grant entries of Allow statements on all resources without a condition.
broad_entries(stmts) := [g |
	some s in stmts
	broad_allow(s)
	some g in grant_entries(s)
]

# denial_entries(stmts): an unconditional Deny on all resources removes its actions whatever
# Allow says. A conditional Deny is not counted: the condition may not hold.
denial_entries(stmts) := [g |
	some s in stmts
	denies(s)
	unconditional(s)
	on_all_resources(s)
	some g in grant_entries(s)
]

# The grant and denial indexes of the policy unit under evaluation, built once per evaluation.
input_grants := grant_index(broad_entries(input_statements))

input_denials := grant_index(denial_entries(input_statements))

# has_broad_grants: something in the unit is granted on all resources without a condition. The list and
# combination rules test it first, so a scoped policy costs them nothing: the wasm build has no rule index and
# would otherwise build their action tables on every evaluation.
has_broad_grants if count(input_grants.entries) > 0

# effective(grants, denials, action): granted on all resources without a condition, not denied.
effective(grants, denials, action) if {
	index_grants(grants, action)
	not index_grants(denials, action)
}

# granting_entries(grants, action): the entries that grant the action, in document order.
# Linear in the policy size, so rules call it only for actions already known to be granted.
granting_entries(grants, action) := [e |
	some e in grants.entries
	entry_grants(e, action)
]

# listed_grants(grants, denials, actions): for each grant entry, which of the listed actions (in
# canonical spelling, list order) it grants and no Deny removes. Admin-wildcard entries are left to
# IAMGATE_ADMIN_WILDCARD, which reports that token once, instead of every list rule again.
listed_grants(grants, denials, actions) := hits if {
	listed := [{"name": a, "lower": lower(a)} | some a in actions]
	by_lower := {l.lower: l.name | some l in listed}
	hits := [{"path": e.path, "actions": granted} |
		some e in grants.entries
		not admin_entry(e)
		granted := [l.name |
			some l in candidates(e, listed, by_lower)
			entry_grants(e, l.lower)
			not index_grants(denials, l.lower)
		]
		count(granted) > 0
	]
}

# candidates(...): the listed actions an entry could grant, found without globbing every one: a
# literal entry is one lookup, a service wildcard looks only at that service's actions. Linear in
# the list for each wildcard entry: this runs on every evaluation, and an index of the list by
# service (quadratic to build in Rego) cost more than all the rules together.
candidates(e, listed, by_lower) := [{"name": by_lower[e.pattern], "lower": e.pattern}] if {
	e.kind == "Action"
	e.literal
	by_lower[e.pattern]
} else := [] if {
	e.kind == "Action"
	e.literal
} else := [l | some l in listed; startswith(l.lower, e.service_prefix)] if {
	e.kind == "Action"
	e.service != "*"
} else := listed

# --- Principals and conditions -----------------------------------------------------------------

# public_principal(p): anyone, in any account: "*", {"AWS": "*"}, or an AWS ARN whose account is
# a wildcard ("arn:aws:iam::*:root").
public_principal(p) if p.kind == "*"

public_principal(p) if {
	p.kind == "AWS"
	p.value == "*"
}

public_principal(p) if {
	p.kind == "AWS"
	parts := split(p.value, ":")
	count(parts) >= 6
	parts[0] == "arn"
	parts[4] == "*"
}

# Condition keys that tie a request to a known caller, network or source. Lower-cased.
narrowing_keys := {
	"aws:sourcearn", "aws:sourceaccount", "aws:sourceowner", "aws:sourceorgid", "aws:sourceorgpaths",
	"aws:sourcevpc", "aws:sourcevpce", "aws:sourceip", "aws:vpcsourceip",
	"aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn",
	"aws:userid", "aws:principalservicename", "kms:calleraccount",
	"s3:dataaccesspointaccount", "s3:dataaccesspointarn",
}

# narrowing_condition(c, keys): a condition on one of the keys that only a named caller can
# satisfy. Negated operators (StringNotEquals...) and IfExists (true when the key is absent, as
# it is for most callers) do not narrow; ForAllValues is true for an empty key, so it does not
# either. A value that is only wildcards or a /0 network matches everyone.
narrowing_condition(c, keys) if {
	c.key_lower in keys
	positive_operator(c.operator_lower)
	count(c.values) > 0
	every v in c.values {
		not matches_everyone(v)
	}
}

positive_operator(op) if {
	base := trim_prefix(op, "foranyvalue:")
	base in {"stringequals", "stringlike", "stringequalsignorecase", "arnequals", "arnlike", "ipaddress"}
}

matches_everyone(v) if wildcards_only(v)

matches_everyone(v) if endswith(v, "/0")

matches_everyone(v) if {
	# "arn:aws:iam::*:*", "arn:*:*:*:*:*": every field after "arn" a wildcard or empty.
	parts := split(v, ":")
	count(parts) >= 6
	parts[0] == "arn"
	every p in array.slice(parts, 1, count(parts)) {
		p in {"", "*"}
	}
}

narrowed(s, keys) if {
	some c in s.conditions
	narrowing_condition(c, keys)
}

# --- Findings and text ---------------------------------------------------------------------------

# finding(rule, details, path): the only place a finding object is built, so that a rule's
# code and type always come from its metadata.
finding(rule, details, path) := {
	"issueCode": rule.issueCode,
	"findingType": rule.findingType,
	"findingDetails": details,
	"path": path,
}

# list_text(items, max): "a, b, c" or "a, b, c and 7 more"; keeps details readable when a
# wildcard grants dozens of listed actions. Uses concat and format_int only (sprintf is a host
# builtin in the wasm build).
list_text(items, max) := concat(", ", items) if {
	count(items) <= max
} else := concat("", [
	concat(", ", array.slice(items, 0, max)),
	" and ",
	format_int(count(items) - max, 10),
	" more",
])
