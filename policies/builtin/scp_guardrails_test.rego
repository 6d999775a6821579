package iamgate.builtin.scp_guardrails_test

import data.iamgate.builtin.scp_guardrails
import data.iamgate.builtin.threat_detection

scp(file, doc) := {"document": doc, "policyType": "SERVICE_CONTROL_POLICY", "resourceType": null, "origin": "Resources.Guardrails.Properties.Content", "file": file}

identity(file, doc) := {"document": doc, "policyType": "IDENTITY_POLICY", "resourceType": null, "origin": "", "file": file}

region_lock := {"Version": "2012-10-17", "Statement": [{
	"Sid": "DenyOutsideEU", "Effect": "Deny", "NotAction": ["iam:*", "sts:*", "organizations:*", "support:*"], "Resource": "*",
	"Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-west-1", "eu-central-1"]}},
}]}

# A complete guardrail in the style of AWS's example SCPs, exempting the security role.
detection_guardrail := {"Version": "2012-10-17", "Statement": [
	{
		"Sid": "ProtectDetection", "Effect": "Deny",
		"Action": [
			"guardduty:*", "securityhub:Disable*", "securityhub:BatchDisableStandards", "securityhub:Disassociate*", "securityhub:DeleteMembers",
			"macie2:*", "inspector2:Disable*", "inspector2:DisassociateMember", "access-analyzer:DeleteAnalyzer",
			"detective:DeleteGraph", "detective:DisassociateMembership", "detective:DeleteMembers",
		],
		"Resource": "*",
		"Condition": {"ArnNotLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/SecurityAdmin"}},
	},
	{
		"Sid": "ProtectLogging", "Effect": "Deny",
		"Action": [
			"cloudtrail:StopLogging", "cloudtrail:DeleteTrail", "cloudtrail:UpdateTrail", "cloudtrail:PutEventSelectors",
			"config:Stop*", "config:DeleteConfigurationRecorder", "config:DeleteDeliveryChannel", "config:DeleteConfigRule",
			"wafv2:DeleteWebACL", "wafv2:DisassociateWebACL", "wafv2:DeleteLoggingConfiguration",
		],
		"Resource": "*",
	},
]}

test_scps_without_a_detection_guardrail if {
	fs := scp_guardrails.repository_findings with input as {"policies": [
		identity("iam/app.json", {"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}),
		scp("org/region-lock.json", region_lock),
		scp("org/deny-leave.json", {"Statement": {"Effect": "Deny", "Action": "organizations:LeaveOrganization", "Resource": "*"}}),
	]}
	[f] := [f | some f in fs]
	f.issueCode == "IAMGATE_SCP_DETECTION_NOT_DENIED"
	f.findingType == "WARNING"
	f.file == "org/region-lock.json"
	f.origin == "Resources.Guardrails.Properties.Content"
	f.path == [{"value": "Statement"}]
	startswith(f.findingDetails, "No service control policy in the repository (2 checked) denies guardduty:DeleteDetector, ")
	every a in threat_detection.disable_actions {
		contains(f.findingDetails, a)
	}
}

# A partial guardrail: the finding names exactly what is left open.
test_partial_guardrail_names_the_open_actions if {
	partial := {"Statement": {"Effect": "Deny", "Action": ["guardduty:*", "securityhub:*", "macie2:*", "inspector2:*", "access-analyzer:*", "detective:*", "config:*", "wafv2:*", "cloudtrail:Delete*", "cloudtrail:Stop*"], "Resource": "*"}}
	fs := scp_guardrails.repository_findings with input as {"policies": [scp("org/guardrail.json", partial)]}
	[f] := [f | some f in fs]
	f.findingDetails == "No service control policy in the repository (1 checked) denies cloudtrail:UpdateTrail, cloudtrail:PutEventSelectors."
}

# Near miss: the guardrail is split over two SCPs, and the region lock is there too.
test_complete_guardrail_across_scps_is_fine if {
	fs := scp_guardrails.repository_findings with input as {"policies": [
		scp("org/region-lock.json", region_lock),
		scp("org/detection.json", detection_guardrail),
	]}
	fs == set()
}

# A Deny written with NotAction ("deny everything except ...") covers detection too.
test_not_action_deny_covers_detection if {
	fs := scp_guardrails.repository_findings with input as {"policies": [scp("org/sandbox.json", {"Statement": {"Effect": "Deny", "NotAction": ["s3:*", "ec2:*", "iam:*"], "Resource": "*"}})]}
	fs == set()
}

# Near miss: no SCP in the repository at all (an application repository) is not this rule's business.
test_no_scps_no_finding if {
	fs := scp_guardrails.repository_findings with input as {"policies": [identity("iam/app.json", {"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}})]}
	fs == set()
}

# Near miss: an Allow-list SCP that mentions the actions does not deny them.
test_allow_statement_is_not_a_deny if {
	fs := scp_guardrails.repository_findings with input as {"policies": [scp("org/allow.json", {"Statement": {"Effect": "Allow", "Action": ["guardduty:*", "cloudtrail:*"], "Resource": "*"}})]}
	count(fs) == 1
}

# Near miss for the guardrail: a region lock denies detection changes only outside its regions.
test_region_lock_alone_is_not_a_guardrail if {
	fs := scp_guardrails.repository_findings with input as {"policies": [scp("org/region-lock.json", region_lock)]}
	count(fs) == 1
}
