# A pack written for conftest against IAM policy JSON files, run unchanged by both:
#   conftest test --all-namespaces -p policy iam/*.json
#   iamgate validate --rego policy iam/
package main

# Statement may be one object or an array of them; Action a string or an array of strings.
statements := input.Statement if is_array(input.Statement)

statements := [input.Statement] if is_object(input.Statement)

as_array(x) := x if is_array(x)

as_array(x) := [x] if is_string(x)

sid(s) := object.get(s, "Sid", "(no Sid)")

deny contains msg if {
	some s in statements
	s.Effect == "Allow"
	"*" in as_array(s.Action)
	msg := sprintf("%s: statement %s allows every action", [data.conftest.file.name, sid(s)])
}

deny_service_wildcard contains {"msg": msg} if {
	some s in statements
	s.Effect == "Allow"
	some a in as_array(s.Action)
	endswith(a, ":*")
	msg := sprintf("statement %s allows every action of %s", [sid(s), split(a, ":")[0]])
}

violation_not_action contains {"msg": sprintf("statement %s: Allow with NotAction grants nearly everything", [sid(s)]), "severity": "high"} if {
	some s in statements
	s.Effect == "Allow"
	s.NotAction
}

warn contains msg if {
	some i, s in statements
	not s.Sid
	msg := sprintf("statement %d has no Sid", [i])
}

warn_version contains "policy does not declare Version 2012-10-17" if not input.Version == "2012-10-17"

# Break-glass roles may hold service wildcards (reviewed in the access runbook), not "*".
exception contains ["service_wildcard"] if startswith(data.conftest.file.name, "breakglass-")
