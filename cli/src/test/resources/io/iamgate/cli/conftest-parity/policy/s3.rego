# A second namespace: bucket policies.
package iam.s3

statements := input.Statement if is_array(input.Statement)

statements := [input.Statement] if is_object(input.Statement)

as_array(x) := x if is_array(x)

as_array(x) := [x] if is_string(x)

# Principal "*", {"AWS": "*"} or {"AWS": [..., "*"]}
public(s) if s.Principal == "*"

public(s) if "*" in as_array(s.Principal.AWS)

bucket_policy if {
	some s in statements
	s.Principal
}

deny_public contains msg if {
	some s in statements
	s.Effect == "Allow"
	public(s)
	not s.Condition
	msg := sprintf("statement %s makes the bucket public", [object.get(s, "Sid", "(no Sid)")])
}

denies_insecure_transport if {
	some s in statements
	s.Effect == "Deny"
	s.Condition.Bool["aws:SecureTransport"] == "false"
}

warn_tls contains "bucket policy does not deny requests without TLS (aws:SecureTransport)" if {
	bucket_policy
	not denies_insecure_transport
}

# The website bucket is public on purpose (reviewed); its Id says so.
exception contains ["public"] if input.Id == "website-bucket"
