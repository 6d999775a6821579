package iamgate.builtin.resource_policies_test

import data.iamgate.builtin.resource_policies

resource(type, doc) := {"document": doc, "policyType": "RESOURCE_POLICY", "resourceType": type, "origin": "", "file": "policy.json"}

codes(fs) := {f.issueCode | some f in fs}

tls_guard := {
	"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
	"Resource": ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"],
	"Condition": {"Bool": {"aws:SecureTransport": "false"}},
}

# --- IAMGATE_PUBLIC_PRINCIPAL ------------------------------------------------------------------------

test_public_read_bucket if {
	fs := resource_policies.findings with input as resource("AWS::S3::Bucket", {"Version": "2012-10-17", "Statement": [
		tls_guard,
		{"Sid": "PublicRead", "Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"},
	]})
	fs == {{
		"issueCode": "IAMGATE_PUBLIC_PRINCIPAL", "findingType": "SECURITY_WARNING",
		"findingDetails": "Principal \"*\" is allowed without a condition that limits the caller's account, organization, network or source.",
		"path": [{"value": "Statement"}, {"index": 1}, {"value": "Principal"}, {"value": "AWS"}],
	}}
}

test_public_queue_with_a_non_narrowing_condition if {
	fs := resource_policies.findings with input as resource("AWS::SQS::Queue", {"Statement": {
		"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:eu-west-1:111122223333:jobs",
		"Condition": {"StringEqualsIfExists": {"aws:SourceVpce": "vpce-1a2b3c4d"}, "Bool": {"aws:SecureTransport": "true"}},
	}})
	codes(fs) == {"IAMGATE_PUBLIC_PRINCIPAL"}
	[f] := [f | some f in fs]
	f.path == [{"value": "Statement"}, {"value": "Principal"}]
}

# AWS's default VPC endpoint policy: it only filters requests made through the endpoint, so it is not
# public; the same text as a bucket policy is.
default_endpoint_policy := {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}

test_default_endpoint_policy_is_not_public if {
	count(resource_policies.findings) == 0 with input as resource("AWS::EC2::VPCEndpoint", default_endpoint_policy)
}

test_default_endpoint_policy_text_as_a_bucket_policy_is_public if {
	fs := resource_policies.findings with input as resource("AWS::S3::Bucket", default_endpoint_policy)
	"IAMGATE_PUBLIC_PRINCIPAL" in codes(fs)
}

# Conditions that name an identity key but admit everyone do not limit "*".
test_public_principal_behind_conditions_that_admit_everyone if {
	every condition in [
		{"StringLike": {"aws:PrincipalOrgID": "o-*"}},
		{"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*:*"}},
		{"StringLike": {"aws:SourceVpc": "vpc-*"}},
		{"IpAddress": {"aws:SourceIp": ["0.0.0.0/1", "128.0.0.0/1"]}},
		{"IpAddress": {"aws:SourceIp": "0.0.0.0/00"}},
	] {
		fs := resource_policies.findings with input as resource("AWS::SQS::Queue", {"Statement": {
			"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "*",
			"Condition": condition,
		}})
		codes(fs) == {"IAMGATE_PUBLIC_PRINCIPAL"}
	}
}

test_allow_not_principal if {
	fs := resource_policies.findings with input as resource("AWS::SNS::Topic", {"Statement": {
		"Effect": "Allow", "NotPrincipal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": "sns:Publish", "Resource": "*",
	}})
	{[f.issueCode, f.path] | some f in fs} == {["IAMGATE_PUBLIC_PRINCIPAL", [{"value": "Statement"}, {"value": "NotPrincipal"}]]}
}

# Near miss: "*" limited to the organization and to a VPC endpoint.
test_public_principal_limited_to_org_or_endpoint_is_fine if {
	fs := resource_policies.findings with input as resource("AWS::SQS::Queue", {"Statement": [
		{
			"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "*",
			"Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}},
		},
		{
			"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sqs:ReceiveMessage", "Resource": "*",
			"Condition": {"StringEquals": {"aws:SourceVpce": ["vpce-1a2b3c4d"]}},
		},
	]})
	fs == set()
}

# Near miss: a wildcard value is no limit at all; a named account is.
test_wildcard_org_id_is_still_public if {
	fs := resource_policies.findings with input as resource("AWS::SQS::Queue", {"Statement": [
		{"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "*", "Condition": {"StringLike": {"aws:PrincipalOrgID": "*"}}},
		{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": "sqs:SendMessage", "Resource": "*"},
	]})
	{f.path | some f in fs} == {[{"value": "Statement"}, {"index": 0}, {"value": "Principal"}]}
}

# --- service principals ------------------------------------------------------------------------

# The confused deputy is reported by the offline check RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL on the
# same element; the pack does not report it a second time.
test_service_principal_without_source_is_left_to_the_offline_check if {
	fs := resource_policies.findings with input as resource("AWS::SNS::Topic", {"Statement": {
		"Effect": "Allow", "Principal": {"Service": ["s3.amazonaws.com", "events.amazonaws.com"]},
		"Action": "sns:Publish", "Resource": "arn:aws:sns:eu-west-1:111122223333:uploads",
	}})
	fs == set()
	not "IAMGATE_SERVICE_PRINCIPAL_CONFUSED_DEPUTY" in object.keys(resource_policies.rules)
}

# Near miss: the S3 event notification as AWS documents it, with SourceArn and SourceAccount.
test_service_principal_with_source_arn_is_fine if {
	fs := resource_policies.findings with input as resource("AWS::SNS::Topic", {"Statement": {
		"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"},
		"Action": "sns:Publish", "Resource": "arn:aws:sns:eu-west-1:111122223333:uploads",
		"Condition": {
			"ArnLike": {"aws:SourceArn": "arn:aws:s3:::uploads-bucket"},
			"StringEquals": {"aws:SourceAccount": "111122223333"},
		},
	}})
	fs == set()
}

# --- IAMGATE_S3_SECURE_TRANSPORT_NOT_ENFORCED ------------------------------------------------

test_bucket_policy_without_tls_guard if {
	fs := resource_policies.findings with input as resource("AWS::S3::Bucket", {"Statement": [{
		"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/reporter"},
		"Action": "s3:PutObject", "Resource": "arn:aws:s3:::reports/*",
	}]})
	fs == {{
		"issueCode": "IAMGATE_S3_SECURE_TRANSPORT_NOT_ENFORCED", "findingType": "WARNING",
		"findingDetails": "No statement denies s3:* to \"*\" when aws:SecureTransport is false.",
		"path": [{"value": "Statement"}],
	}}
}

# A TLS Deny that covers only some actions leaves the rest usable over HTTP.
test_partial_tls_guard_is_not_enough if {
	partial := object.union(tls_guard, {"Action": ["s3:GetObject"]})
	fs := resource_policies.findings with input as resource("AWS::S3::Bucket", {"Statement": [partial]})
	codes(fs) == {"IAMGATE_S3_SECURE_TRANSPORT_NOT_ENFORCED"}
}

# Near miss: the guard, with a boolean false and the principal written as {"AWS": "*"}.
test_tls_guard_is_fine if {
	guard := object.union(tls_guard, {"Principal": {"AWS": "*"}, "Condition": {"Bool": {"aws:SecureTransport": false}}})
	fs := resource_policies.findings with input as resource("AWS::S3::Bucket", {"Statement": [guard]})
	fs == set()
}

# An inverted guard (denying TLS requests) does not refuse plain HTTP.
test_inverted_tls_guard_is_not_enough if {
	inverted := object.union(tls_guard, {"Condition": {"Bool": {"aws:SecureTransport": "true"}}})
	fs := resource_policies.findings with input as resource("AWS::S3::Bucket", {"Statement": [inverted]})
	codes(fs) == {"IAMGATE_S3_SECURE_TRANSPORT_NOT_ENFORCED"}
}

# Near miss: the same policy on a queue is not an S3 bucket policy.
test_tls_rule_is_only_for_buckets if {
	fs := resource_policies.findings with input as resource("AWS::SQS::Queue", {"Statement": [{
		"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/reporter"},
		"Action": "sqs:SendMessage", "Resource": "*",
	}]})
	fs == set()
}

# Identity and trust policies are not resource policies.
test_other_policy_types_are_out_of_scope if {
	doc := {"Statement": {"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}}
	set() == resource_policies.findings with input as {"document": doc, "policyType": "TRUST_POLICY"}
	set() == resource_policies.findings with input as {"document": doc, "policyType": "RESOURCE_POLICY", "resourceType": "AWS::IAM::AssumeRolePolicyDocument"}
}
