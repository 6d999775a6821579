package iamgate.builtin.threat_detection_test

import data.iamgate.builtin.threat_detection
import data.iamgate.fixture

test_stop_logging_and_delete_detector if {
	fs := threat_detection.findings with input as fixture.identity([
		fixture.grant(fixture.path(0, 1), ["cloudtrail:StopLogging"]),
		fixture.grant(fixture.path(0, 2), ["guardduty:DeleteDetector"]),
	])
	fs == {
		{
			"issueCode": "IAMGATE_DETECTION_DISABLE", "findingType": "SECURITY_WARNING",
			"findingDetails": "Allows cloudtrail:StopLogging on all resources without a limiting condition: a principal could switch off or blind threat detection.",
			"path": fixture.path(0, 1),
		},
		{
			"issueCode": "IAMGATE_DETECTION_DISABLE", "findingType": "SECURITY_WARNING",
			"findingDetails": "Allows guardduty:DeleteDetector on all resources without a limiting condition: a principal could switch off or blind threat detection.",
			"path": fixture.path(0, 2),
		},
	}
}

# A service wildcard grants every listed action of that service; the details stay short.
test_guardduty_wildcard if {
	guardduty := [a | some a in threat_detection.detection_actions; startswith(a, "guardduty:")]
	fs := threat_detection.findings with input as fixture.identity([fixture.grant(fixture.path(null, null), guardduty)])
	[f] := [f | some f in fs]
	f.path == fixture.path(null, null)
	startswith(f.findingDetails, "Allows guardduty:DeleteDetector, guardduty:UpdateDetector,")
	contains(f.findingDetails, " and 10 more on all resources")
}

# Near miss: grants of actions that are not on the lists (reads, say) give nothing.
test_reads_are_fine if {
	fs := threat_detection.findings with input as fixture.identity([fixture.grant(fixture.path(null, null), ["guardduty:GetFindings", "cloudtrail:LookupEvents"])])
	fs == set()
}

test_lists_do_not_overlap if {
	count({a | some a in threat_detection.disable_actions} & {a | some a in threat_detection.blind_actions}) == 0
	count(threat_detection.detection_actions) == count({lower(a) | some a in threat_detection.detection_actions})
	count(threat_detection.asked) == count(threat_detection.detection_actions)
}
