# Normalises one IAM policy document so that no rule has to care about the JSON shape variants
# IAM accepts: Statement as an object or an array, Action/Resource (and their Not* forms) as a
# string or an array, Principal as "*" or an object whose values are a string or an array,
# Condition values as a string, boolean, number or array.
#
# Every element keeps its path in the Access Analyzer shape ({"value": key} for an object member,
# {"index": n} for an array element; no index for a scalar or for a single-object Statement), so a
# finding can point at the exact token and the Java side can turn the path into a line and column.
package iamgate.lib

# The statements of the policy unit under evaluation, normalised once per evaluation.
input_statements := statements(object.get(input, "document", {}))

# statements(doc) is the array of normalised statements of one policy document; non-object
# statements (malformed input, unresolved template fragments) are skipped rather than guessed at.
statements(doc) := [normalise(raw, [{"value": "Statement"}, {"index": i}]) |
	some i, raw in doc.Statement
	is_object(raw)
] if {
	is_array(doc.Statement)
} else := [normalise(doc.Statement, [{"value": "Statement"}])] if {
	is_object(doc.Statement)
} else := []

normalise(raw, path) := {
	"path": path,
	"effect": object.get(raw, "Effect", null),
	"actions": _elements(raw, "Action", path),
	"not_actions": _elements(raw, "NotAction", path),
	"uses_not_action": "NotAction" in object.keys(raw),
	"resources": _elements(raw, "Resource", path),
	"not_resources": _elements(raw, "NotResource", path),
	"uses_not_resource": "NotResource" in object.keys(raw),
	"principals": _principals(raw, "Principal", path),
	"not_principals": _principals(raw, "NotPrincipal", path),
	"uses_not_principal": "NotPrincipal" in object.keys(raw),
	"conditions": _conditions(raw, path),
}

# elements(raw, key, base): the string entries of a string-or-array element, each with its
# original text, its lower-cased text (IAM action names are case-insensitive) and its path.
# Split into small functions on purpose: in the wasm build each becomes one JVM method, and the JVM
# does not compile a method of more than 8,000 bytes of bytecode, however hot.
_elements(raw, key, base) := _string_element(raw[key], array.concat(base, [{"value": key}])) if {
	is_string(raw[key])
} else := _array_elements(raw[key], array.concat(base, [{"value": key}])) if {
	is_array(raw[key])
} else := []

_string_element(v, path) := [{"value": v, "lower": lower(v), "path": path}]

_array_elements(values, path) := [{"value": v, "lower": lower(v), "path": array.concat(path, [{"index": i}])} |
	some i, v in values
	is_string(v)
]

# principals(raw, key, base): one entry per principal value. `"Principal": "*"` becomes kind "*";
# `{"AWS": ["a", "b"]}` becomes two entries of kind "AWS". Kinds keep AWS's spelling
# (AWS, Service, Federated, CanonicalUser).
_principals(raw, key, base) := [{"kind": "*", "value": "*", "path": array.concat(base, [{"value": key}])}] if {
	raw[key] == "*"
} else := [p |
	some kind, value in raw[key]
	some p in _principal_values(kind, value, array.concat(base, [{"value": key}, {"value": kind}]))
] if {
	is_object(raw[key])
} else := []

_principal_values(kind, value, path) := [{"kind": kind, "value": value, "path": path}] if {
	is_string(value)
} else := [{"kind": kind, "value": v, "path": array.concat(path, [{"index": i}])} |
	some i, v in value
	is_string(v)
] if {
	is_array(value)
} else := []

# conditions(raw, base): one entry per (operator, key) pair. Values are kept as text (booleans
# and numbers are JSON-encoded: true -> "true") because IAM compares them as strings anyway.
_conditions(raw, base) := [{
	"operator": operator,
	"operator_lower": lower(operator),
	"key": key,
	"key_lower": lower(key),
	"values": _condition_values(value),
	"path": array.concat(base, [{"value": "Condition"}, {"value": operator}, {"value": key}]),
} |
	some operator, block in raw.Condition
	is_object(block)
	some key, value in block
] if {
	is_object(raw.Condition)
} else := []

_condition_values(value) := [_as_text(v) | some v in value] if {
	is_array(value)
} else := [_as_text(value)]

_as_text(v) := v if {
	is_string(v)
} else := json.marshal(v)
