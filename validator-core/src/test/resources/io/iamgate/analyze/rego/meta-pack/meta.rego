# Echoes what a pack sees for a unit: input (the policy document), data.iamgate.unit and data.conftest.file.
package meta

warn_meta contains sprintf("input.Statement[0].Sid=%v", [input.Statement[0].Sid])

warn_meta contains sprintf("input.document defined=%v", [object.get(input, "document", null) != null])

warn_meta contains sprintf("unit=%v|%v|%v|%v", [
	data.iamgate.unit.policyType, data.iamgate.unit.resourceType, data.iamgate.unit.origin,
	data.iamgate.unit.file,
])

warn_meta contains sprintf("conftest.file=%v|%v", [data.conftest.file.name, data.conftest.file.dir])

# conftest's exception names: "" exempts the bare rules, warn_ is stripped like deny_ and violation_.
deny contains "bare deny" if input.Statement[0].Sid == "Exempt"

deny_named contains "named deny" if input.Statement[0].Sid == "Exempt"

warn_named contains "named warn" if input.Statement[0].Sid == "Exempt"

deny_kept contains "kept deny" if input.Statement[0].Sid == "Exempt"

exception contains ["", "named"] if input.Statement[0].Sid == "Exempt"
