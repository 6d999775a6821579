# Matching helpers shared by the rules: action globs, "all resources", grants and denials,
# policy-unit kinds, narrowing conditions, and the one place where a finding object is built.
package iamgate.lib

# --- Policy unit kinds ------------------------------------------------------------------------

_policy_type(unit) := object.get(unit, "policyType", null)

resource_type(unit) := object.get(unit, "resourceType", null)

# A unit without a policy type is treated as an identity policy, the way Access Analyzer
# defaults ValidatePolicy.
is_identity(unit) if _policy_type(unit) in {"IDENTITY_POLICY", null}

is_trust(unit) if _policy_type(unit) == "TRUST_POLICY"

is_trust(unit) if resource_type(unit) == "AWS::IAM::AssumeRolePolicyDocument"

is_resource_policy(unit) if {
	_policy_type(unit) == "RESOURCE_POLICY"
	not is_trust(unit)
	not _is_endpoint_policy(unit)
}

# A VPC endpoint policy grants nothing: it only limits what requests made through the endpoint may
# do (AWS's default endpoint policy allows "*" to "*"), so it is never public and rules about who a
# resource is open to skip it.
_is_endpoint_policy(unit) if resource_type(unit) == "AWS::EC2::VPCEndpoint"

is_scp(unit) if _policy_type(unit) == "SERVICE_CONTROL_POLICY"

# SCPs, RCPs and VPC endpoint policies never grant anything: their Allow statements only set the
# ceiling, and Allow * on * (FullAWSAccess, the default endpoint policy) is their normal default.
# Grant-based rules skip them.
grants_access(unit) if {
	not _policy_type(unit) in {"SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY"}
	not _is_endpoint_policy(unit)
}

# --- Actions ----------------------------------------------------------------------------------

# action_matches(pattern, action): IAM glob semantics (`*` any run, `?` one character) over
# lower-cased text. Most patterns in real policies are literal action names, so those are compared
# directly, and a wildcard pattern is only globbed against actions of its own service: glob.match
# compiles its pattern (OPA caches only 100 of them) and dominated evaluation time on policies
# with hundreds of actions. Patterns that contain glob.match's other metacharacters are not valid
# IAM actions and match nothing, which also keeps glob.match from raising an error inside wasm.
action_matches(pattern, action) if {
	_literal(pattern)
	pattern == action
}

action_matches(pattern, action) if {
	not _literal(pattern)
	_same_service(_service_of(pattern), action)
	_plain_glob(pattern)
	glob.match(pattern, [], action)
}

_literal(pattern) if {
	not contains(pattern, "*")
	not contains(pattern, "?")
}

# service_of(pattern): the service prefix, or "*" when the prefix itself has a wildcard.
_service_of(pattern) := "*" if {
	not _literal(split(pattern, ":")[0])
} else := split(pattern, ":")[0]

_same_service("*", _)

_same_service(service, action) if startswith(action, concat("", [service, ":"]))

_plain_glob(pattern) if {
	not contains(pattern, "[")
	not contains(pattern, "{")
	not contains(pattern, "\\")
}

_matches_any(patterns, action) if {
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
	_wildcards_only(concat(":", array.slice(parts, 5, count(parts))))
}

# wildcards_only(s): non-empty and made only of `*`, so it matches any text.
_wildcards_only(s) if {
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

# grant_entries(s): what in a statement grants actions, and where a finding should point.
# An Action statement has one entry per action pattern; a NotAction statement has one entry
# (the NotAction element) that grants everything its patterns do not match.
grant_entries(s) := [{
	"path": array.concat(s.path, [{"value": "NotAction"}]),
	"kind": "NotAction",
	"patterns": [e.lower | some e in s.not_actions],
}] if {
	s.uses_not_action
} else := [_action_entry(e) | some e in s.actions]

# Everything entry_grants needs is worked out once per entry here, not once per (entry, action).
_action_entry(e) := {
	"path": e.path,
	"kind": "Action",
	"pattern": e.lower,
	"literal": _literal_flag(e.lower),
	"service": _service_of(e.lower),
	"service_prefix": concat("", [_service_of(e.lower), ":"]),
	"globbable": _globbable_flag(e.lower),
}

# Booleans for the entry object (a Rego predicate is undefined, not false, when it fails).
_literal_flag(p) if {
	_literal(p)
} else := false

_globbable_flag(p) if {
	_plain_glob(p)
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
	_entry_service_matches(g, action)
	g.globbable
	glob.match(g.pattern, [], action)
}

entry_grants(g, action) if {
	g.kind == "NotAction"
	not _matches_any(g.patterns, action)
}

_entry_service_matches(g, _) if g.service == "*"

_entry_service_matches(g, action) if startswith(action, g.service_prefix)

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

# Condition keys that tie a request to a known caller, account, organization, network or source,
# with the shape every valid value has: a fixed head and at least `min` more characters (`fixed`:
# exactly `min`). Lower-cased. The same table and rule as the Java CallerLimits: keep them equal.
# aws:username and aws:VpcSourceIp are left out on purpose: any account can create a user "bob" or
# a VPC with address 10.0.0.1, so neither names a known caller.
_key_shapes := {
	"aws:principalorgid": {"kind": "text", "head": "o-", "min": 10, "fixed": false},
	"aws:sourceorgid": {"kind": "text", "head": "o-", "min": 10, "fixed": false},
	"aws:resourceorgid": {"kind": "text", "head": "o-", "min": 10, "fixed": false},
	"aws:principalorgpaths": {"kind": "text", "head": "o-", "min": 10, "fixed": false},
	"aws:sourceorgpaths": {"kind": "text", "head": "o-", "min": 10, "fixed": false},
	"aws:principalaccount": {"kind": "text", "head": "", "min": 12, "fixed": true},
	"aws:sourceaccount": {"kind": "text", "head": "", "min": 12, "fixed": true},
	"aws:sourceowner": {"kind": "text", "head": "", "min": 12, "fixed": true},
	"aws:resourceaccount": {"kind": "text", "head": "", "min": 12, "fixed": true},
	"kms:calleraccount": {"kind": "text", "head": "", "min": 12, "fixed": true},
	"s3:dataaccesspointaccount": {"kind": "text", "head": "", "min": 12, "fixed": true},
	"aws:sourcevpc": {"kind": "text", "head": "vpc-", "min": 8, "fixed": false},
	"aws:sourcevpce": {"kind": "text", "head": "vpce-", "min": 8, "fixed": false},
	"aws:userid": {"kind": "text", "head": "", "min": 1, "fixed": false},
	"aws:principalservicename": {"kind": "text", "head": "", "min": 1, "fixed": false},
	"aws:principalarn": {"kind": "arn", "head": "arn:", "min": 1, "fixed": false},
	"aws:sourcearn": {"kind": "arn", "head": "arn:", "min": 1, "fixed": false},
	"aws:sourcevpcarn": {"kind": "arn", "head": "arn:", "min": 1, "fixed": false},
	"s3:dataaccesspointarn": {"kind": "arn", "head": "arn:", "min": 1, "fixed": false},
	"aws:sourceip": {"kind": "ip", "head": "", "min": 0, "fixed": true},
	"aws:principalisawsservice": {"kind": "bool", "head": "", "min": 0, "fixed": true},
}

narrowing_keys contains k if some k, _ in _key_shapes

# Any other key (an OIDC provider's claims): free text.
_shape(key) := s if {
	s := _key_shapes[key]
} else := {"kind": "text", "head": "", "min": 1, "fixed": false}

# narrowing_condition(c, keys): a condition on one of the keys that limits who can call, judged by
# what it admits. Negated operators (StringNotEquals...), IfExists and ForAllValues all match a
# request without the key, as most outsiders' requests are, so they do not narrow. A value that
# admits every valid value of the key (a part of its head followed by wildcards only: "*", "o-*",
# "vpc-*"; an ARN whose account and resource are wildcards: "arn:aws:iam::*:*") does not narrow;
# nor do IP ranges whose union is all of IPv4 or IPv6 (0.0.0.0/1 with 128.0.0.0/1), nor values that
# are not IP ranges at all.
narrowing_condition(c, keys) if {
	c.key_lower in keys
	count(c.values) > 0
	base := trim_prefix(c.operator_lower, "foranyvalue:")
	k := _shape(c.key_lower)
	_narrows(k, base, c.values)
}

_narrows(k, base, values) if {
	k.kind in {"text", "arn"}
	base in {"stringequals", "stringlike", "stringequalsignorecase", "arnequals", "arnlike"}
	every v in values {
		not _admits_anyone(k, base, v)
	}
}

_narrows(k, "ipaddress", values) if {
	k.kind == "ip"
	not _covers_an_address_family(values)
	every v in values {
		_ip_range(v)
	}
}

_narrows(k, "bool", values) if {
	k.kind == "bool"
	every v in values {
		lower(v) == "true"
	}
}

_like_operator(base) if base in {"stringlike", "arnlike", "arnequals"}

# A variable the caller's request supplies can be anything; aws:Resource... variables are fixed by the
# resource owner, and ${*}, ${?}, ${$} are literal characters.
_admits_anyone(_, base, v) if {
	not _like_operator(base)
	_caller_variable(v)
}

_admits_anyone(k, base, v) if {
	_like_operator(base)
	_wholly_matched(k, _resolved(v))
}

_admits_anyone(k, base, v) if {
	_like_operator(base)
	k.kind == "arn"
	_any_account_any_resource(_resolved(v))
}

_caller_variable(v) if {
	some part in array.slice(split(v, "${"), 1, count(split(v, "${")))
	contains(part, "}")
	not _owner_fixed(_variable_name(part))
}

_variable_name(part) := lower(trim_space(split(split(part, "}")[0], ",")[0]))

_owner_fixed(name) if name in {"*", "?", "$"}

_owner_fixed(name) if startswith(name, "aws:resource")

_resolved(v) := concat("", array.concat([parts[0]], [_resolve_part(p) | some p in array.slice(parts, 1, count(parts))])) if {
	parts := split(v, "${")
}

_resolve_part(p) := concat("", ["x", substring(p, indexof(p, "}") + 1, -1)]) if {
	contains(p, "}")
	_owner_fixed(_variable_name(p))
} else := concat("", ["*", substring(p, indexof(p, "}") + 1, -1)]) if {
	contains(p, "}")
} else := concat("", ["${", p])

# wholly_matched(k, pattern): the literal part before the first wildcard is a prefix of the key's
# head, and only wildcards follow, enough to match the shortest valid value.
_wholly_matched(k, pattern) if {
	lit := _literal_head(pattern)
	startswith(k.head, lit)
	tail := substring(pattern, count(lit), -1)
	replace(replace(tail, "*", ""), "?", "") == ""
	singles := count(tail) - count(replace(tail, "?", ""))
	_fits(k, (count(k.head) - count(lit)) + k.min, singles, contains(tail, "*"))
}

_fits(_, shortest, singles, true) if singles <= shortest

_fits(k, shortest, singles, false) if {
	k.fixed
	singles == shortest
}

_literal_head(pattern) := substring(pattern, 0, _first_wildcard(pattern))

_first_wildcard(pattern) := min([i | some i in [indexof(pattern, "*"), indexof(pattern, "?"), count(pattern)]; i >= 0])

_any_account_any_resource(arn) if {
	parts := split(arn, ":")
	count(parts) >= 6
	account := parts[4]
	_account_any(account)
	resource := concat(":", array.slice(parts, 5, count(parts)))
	replace(replace(resource, "*", ""), "?", "") == ""
	contains(resource, "*")
	count(resource) - count(replace(resource, "?", "")) <= 1
}

_account_any("")

_account_any(account) if _wholly_matched({"head": "", "min": 12, "fixed": true}, account)

# --- IP ranges ------------------------------------------------------------------------------------

# ip_range(v): an address or CIDR range, the prefix without leading zeros ("/00" is not CIDR).
_ip_range(v) if {
	net.cidr_contains(_cidr(v), _cidr(v))
	prefix_text := split(v, "/")
	count(prefix_text) <= 2
	_no_leading_zero(prefix_text)
}

_no_leading_zero(parts) if count(parts) == 1

_no_leading_zero(parts) if {
	count(parts) == 2
	p := parts[1]
	p != ""
	not _leading_zero(p)
}

_leading_zero(p) if {
	count(p) > 1
	startswith(p, "0")
}

_cidr(v) := v if {
	contains(v, "/")
} else := concat("", [v, "/128"]) if {
	contains(v, ":")
} else := concat("", [v, "/32"])

_prefix_length(v) := to_number(split(_cidr(v), "/")[1])

_v6(v) if contains(v, ":")

# CIDR ranges nest or are disjoint, so the union is the sum of the outermost ranges: it is a whole
# address family when their sizes, as fractions of the family (2^-prefix), add up to 1. IPv4 is
# summed exactly in addresses; IPv6 as floating point fractions, so a union missing less than
# 2^-40 of IPv6 counts as all of it (reported public: the safe side).
_covers_an_address_family(values) if {
	outer := _outermost([v | some v in values; not _v6(v)])
	sum([bits.lsh(1, 32 - _prefix_length(v)) | some v in outer]) == 4294967296
}

_covers_an_address_family(values) if {
	outer := _outermost([v | some v in values; _v6(v)])
	sum([_fraction(_prefix_length(v)) | some v in outer]) >= 1 - _fraction(40)
}

# The ranges no other range contains (of two equal ranges, the first).
_outermost(vs) := [v |
	some i, v in vs
	not _contained_in_another(vs, i)
]

_contained_in_another(vs, i) if {
	some j, _ in vs
	j != i
	net.cidr_contains(_cidr(vs[j]), _cidr(vs[i]))
	_wider_or_first(_prefix_length(vs[j]), _prefix_length(vs[i]), j, i)
}

_wider_or_first(pj, pi, _, _) if pj < pi

_wider_or_first(pj, pi, j, i) if {
	pj == pi
	j < i
}

_fraction(p) := product([0.5 | some _ in numbers.range(1, p)]) if {
	p > 0
} else := 1

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

# list_text(items, limit): "a, b, c" or "a, b, c and 7 more"; keeps details readable when a
# wildcard grants dozens of listed actions. Uses concat and format_int only (sprintf is a host
# builtin in the wasm build). Not a getter: "list" is the text it makes.
# regal ignore:avoid-get-and-list-prefix
list_text(items, limit) := concat(", ", items) if {
	count(items) <= limit
} else := concat("", [
	concat(", ", array.slice(items, 0, limit)),
	" and ",
	format_int(count(items) - limit, 10),
	" more",
])
