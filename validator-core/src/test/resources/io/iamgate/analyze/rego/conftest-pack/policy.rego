# A pack written for conftest, run unchanged: package main, deny/warn/violation sets of messages, an exception.
# input is the policy document itself, as conftest gives a policy JSON file.
package main

statements := input.Statement if is_array(input.Statement)

statements := [input.Statement] if is_object(input.Statement)

deny contains msg if {
	some s in statements
	s.Effect == "Allow"
	s.Action == "*"
	msg := sprintf("statement %v allows every action", [object.get(s, "Sid", "(no Sid)")])
}

deny_bucket_deletion contains {"msg": "deleting buckets is reserved to the platform team", "path": [{"value": "Statement"}, {"index": i}, {"value": "Action"}]} if {
	some i, s in input.Statement
	s.Action == "s3:DeleteBucket"
}

warn contains "policy has no Version" if not input.Version

violation contains {"msg": "statements need a Sid", "_loc": {"file": data.conftest.file.name, "line": 3}} if {
	some s in statements
	not s.Sid
}

# The legacy account keeps its bucket cleanup job until Q3. data.conftest.file is conftest's file metadata.
exception contains rules if {
	endswith(data.conftest.file.dir, "legacy")
	rules := ["bucket_deletion"]
}
