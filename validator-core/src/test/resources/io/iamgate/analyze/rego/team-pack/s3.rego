package team.s3

# data.iamgate.unit: what iamgate knows about the policy beside its document (policyType, resourceType, origin, file).
deny_public contains {"msg": "bucket policies must not name Principal *", "issueCode": "TEAM_PUBLIC_BUCKET", "findingType": "SECURITY_WARNING"} if {
	data.iamgate.unit.resourceType == "AWS::S3::Bucket"
	some s in input.Statement
	s.Principal == "*"
}
