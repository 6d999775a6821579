package team.s3

deny_public contains {"msg": "bucket policies must not name Principal *", "issueCode": "TEAM_PUBLIC_BUCKET", "findingType": "SECURITY_WARNING"} if {
	input.resourceType == "AWS::S3::Bucket"
	some s in input.document.Statement
	s.Principal == "*"
}
