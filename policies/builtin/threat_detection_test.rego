package iamgate.builtin.threat_detection_test

import data.iamgate.builtin.threat_detection

identity(doc) := {"document": doc, "policyType": "IDENTITY_POLICY", "resourceType": null, "origin": "", "file": "policy.json"}

test_stop_logging_and_delete_detector if {
	fs := threat_detection.findings with input as identity({"Version": "2012-10-17", "Statement": [{
		"Sid": "Ops", "Effect": "Allow",
		"Action": ["cloudtrail:DescribeTrails", "cloudtrail:StopLogging", "guardduty:DeleteDetector"],
		"Resource": "*",
	}]})
	fs == {
		{
			"issueCode": "IAMGATE_DETECTION_DISABLE", "findingType": "SECURITY_WARNING",
			"findingDetails": "Allows cloudtrail:StopLogging on all resources without a condition: a principal could switch off or blind threat detection.",
			"path": [{"value": "Statement"}, {"index": 0}, {"value": "Action"}, {"index": 1}],
		},
		{
			"issueCode": "IAMGATE_DETECTION_DISABLE", "findingType": "SECURITY_WARNING",
			"findingDetails": "Allows guardduty:DeleteDetector on all resources without a condition: a principal could switch off or blind threat detection.",
			"path": [{"value": "Statement"}, {"index": 0}, {"value": "Action"}, {"index": 2}],
		},
	}
}

# A service wildcard grants every listed action of that service; the details stay short.
test_guardduty_wildcard if {
	fs := threat_detection.findings with input as identity({"Statement": {"Effect": "Allow", "Action": "guardduty:*", "Resource": "*"}})
	[f] := [f | some f in fs]
	f.path == [{"value": "Statement"}, {"value": "Action"}]
	startswith(f.findingDetails, "Allows guardduty:DeleteDetector, guardduty:UpdateDetector,")
	contains(f.findingDetails, " and 10 more on all resources")
}

test_waf_ip_set_update if {
	fs := threat_detection.findings with input as identity({"Statement": {"Effect": "Allow", "Action": ["wafv2:Get*", "wafv2:UpdateIPSet"], "Resource": "*"}})
	{f.path | some f in fs} == {[{"value": "Statement"}, {"value": "Action"}, {"index": 1}]}
}

# Near miss: a read-only security-audit policy (Get/List/Describe on "*") and the same
# detective controls limited to the security team's role by a condition.
test_read_only_audit_and_conditional_admin_are_fine if {
	fs := threat_detection.findings with input as identity({"Statement": [
		{"Effect": "Allow", "Action": ["guardduty:Get*", "guardduty:List*", "securityhub:Get*", "cloudtrail:Describe*", "cloudtrail:LookupEvents", "config:Describe*"], "Resource": "*"},
		{
			"Effect": "Allow", "Action": ["guardduty:*", "securityhub:*"], "Resource": "*",
			"Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/SecurityAdmin"}},
		},
	]})
	fs == set()
}

# Near miss: the trail itself may be managed only by its own ARN.
test_trail_scoped_to_one_trail_is_fine if {
	fs := threat_detection.findings with input as identity({"Statement": {"Effect": "Allow", "Action": ["cloudtrail:StopLogging", "cloudtrail:StartLogging"], "Resource": "arn:aws:cloudtrail:eu-west-1:111122223333:trail/app-dev"}})
	fs == set()
}

test_lists_do_not_overlap if {
	count({a | some a in threat_detection.disable_actions} & {a | some a in threat_detection.blind_actions}) == 0
	count(threat_detection.detection_actions) == count({lower(a) | some a in threat_detection.detection_actions})
}
