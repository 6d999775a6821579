# A pack in conftest's style: package main, deny/warn/violation sets of messages, an exception.
package main

statements := input.document.Statement if is_array(input.document.Statement)

statements := [input.document.Statement] if is_object(input.document.Statement)

deny contains msg if {
	some s in statements
	s.Effect == "Allow"
	s.Action == "*"
	msg := sprintf("statement %v allows every action", [object.get(s, "Sid", "(no Sid)")])
}

deny_bucket_deletion contains {"msg": "deleting buckets is reserved to the platform team", "path": [{"value": "Statement"}, {"index": i}, {"value": "Action"}]} if {
	some i, s in input.document.Statement
	s.Action == "s3:DeleteBucket"
}

warn contains "policy has no Version" if not input.document.Version

violation contains {"msg": "statements need a Sid", "_loc": {"file": input.file, "line": 3}} if {
	some s in statements
	not s.Sid
}

# The legacy account keeps its bucket cleanup job until Q3.
exception contains rules if {
	startswith(input.file, "legacy/")
	rules := ["bucket_deletion"]
}
