# Threat-detection guardrails: a policy must not let a principal switch off, delete or blind the
# services that would notice an intrusion (GuardDuty, Security Hub, Macie, Inspector, IAM Access
# Analyzer, Detective, CloudTrail, Config, WAF). Attackers do this first (MITRE ATT&CK T1562.001
# "Impair Defenses", T1562.008 "Disable Cloud Logs").
package iamgate.builtin.threat_detection

import data.iamgate.lib

_detection_disable := {
	"issueCode": "IAMGATE_DETECTION_DISABLE",
	"findingType": "SECURITY_WARNING",
	"title": "Threat detection can be disabled",
	"description": concat(" ", [
		"The policy allows, on all resources and without a limiting condition, actions that switch off, delete or",
		"blind threat detection and audit logging (GuardDuty, Security Hub, Macie, Inspector, IAM Access",
		"Analyzer, Detective, CloudTrail, Config, WAF). A compromised principal would use them first to hide.",
	]),
	"remediation": concat(" ", [
		"Remove these actions, or limit them to a security-administration role with a condition on",
		"aws:PrincipalArn or aws:PrincipalTag; deny them organisation-wide with an SCP.",
	]),
}

rules := {_detection_disable.issueCode: _detection_disable}

# Actions that turn a detector or log off, delete it, or detach an account from the central
# security account. An SCP guardrail should deny all of these (IAMGATE_SCP_DETECTION_NOT_DENIED).
disable_actions := [
	"guardduty:DeleteDetector",
	"guardduty:UpdateDetector",
	"guardduty:DisassociateFromMasterAccount",
	"guardduty:DisassociateFromAdministratorAccount",
	"guardduty:DeleteMembers",
	"guardduty:DisassociateMembers",
	"guardduty:StopMonitoringMembers",
	"securityhub:DisableSecurityHub",
	"securityhub:BatchDisableStandards",
	"securityhub:DisassociateFromMasterAccount",
	"securityhub:DisassociateFromAdministratorAccount",
	"securityhub:DeleteMembers",
	"securityhub:DisassociateMembers",
	"macie2:DisableMacie",
	"macie2:UpdateMacieSession",
	"macie2:DisassociateFromMasterAccount",
	"macie2:DisassociateFromAdministratorAccount",
	"macie2:DeleteMember",
	"macie2:DisassociateMember",
	"inspector2:Disable",
	"inspector2:DisassociateMember",
	"inspector2:DisableDelegatedAdminAccount",
	"access-analyzer:DeleteAnalyzer",
	"detective:DeleteGraph",
	"detective:DisassociateMembership",
	"detective:DeleteMembers",
	"cloudtrail:StopLogging",
	"cloudtrail:DeleteTrail",
	"cloudtrail:UpdateTrail",
	"cloudtrail:PutEventSelectors",
	"config:StopConfigurationRecorder",
	"config:DeleteConfigurationRecorder",
	"config:DeleteDeliveryChannel",
	"config:DeleteConfigRule",
	"wafv2:DeleteWebACL",
	"wafv2:DisassociateWebACL",
	"wafv2:DeleteLoggingConfiguration",
]

# Actions that leave detection running but blind it: suppression and archive rules that hide
# findings, trusted-IP lists, weakened event selectors and WAF rules, removed publishing and
# organisation-level administration. Granting them on "*" is reported with the disable actions;
# an SCP is not required to deny them, because security teams use them day to day.
blind_actions := [
	"guardduty:CreateFilter",
	"guardduty:UpdateFilter",
	"guardduty:CreateIPSet",
	"guardduty:UpdateIPSet",
	"guardduty:CreateTrustedEntitySet",
	"guardduty:UpdateTrustedEntitySet",
	"guardduty:DeleteThreatIntelSet",
	"guardduty:UpdateThreatIntelSet",
	"guardduty:DeletePublishingDestination",
	"guardduty:UpdatePublishingDestination",
	"guardduty:DisableOrganizationAdminAccount",
	"securityhub:DisableImportFindingsForProduct",
	"securityhub:UpdateStandardsControl",
	"securityhub:BatchUpdateFindings",
	"securityhub:CreateAutomationRule",
	"securityhub:DisableOrganizationAdminAccount",
	"macie2:CreateFindingsFilter",
	"macie2:UpdateFindingsFilter",
	"macie2:DisableOrganizationAdminAccount",
	"inspector2:CreateFilter",
	"inspector2:UpdateFilter",
	"access-analyzer:CreateArchiveRule",
	"access-analyzer:UpdateArchiveRule",
	"access-analyzer:ApplyArchiveRule",
	"access-analyzer:UpdateFindings",
	"detective:DisableOrganizationAdminAccount",
	"cloudtrail:DeleteEventDataStore",
	"cloudtrail:UpdateEventDataStore",
	"cloudtrail:StopEventDataStoreIngestion",
	"config:DeleteOrganizationConfigRule",
	"config:DeleteConformancePack",
	"config:DeleteOrganizationConformancePack",
	"config:DeleteConfigurationAggregator",
	"wafv2:UpdateWebACL",
	"wafv2:DeleteIPSet",
	"wafv2:UpdateIPSet",
	"wafv2:DeleteRuleGroup",
	"wafv2:UpdateRuleGroup",
	"waf:DeleteWebACL",
	"waf:UpdateWebACL",
	"waf:DeleteIPSet",
	"waf:UpdateIPSet",
	"waf-regional:DeleteWebACL",
	"waf-regional:UpdateWebACL",
	"waf-regional:DisassociateWebACL",
	"waf-regional:DeleteIPSet",
	"waf-regional:UpdateIPSet",
]

detection_actions := array.concat(disable_actions, blind_actions)

findings contains lib.finding(_detection_disable, details(actions), e.path) if {
	lib.is_identity(input)
	some e in lib.fact_grants
	actions := e.hits[_detection_disable.issueCode]
}

details(actions) := concat("", [
	"Allows ", lib.list_text(actions, 8),
	" on all resources without a limiting condition: a principal could switch off or blind threat detection.",
])

# The actions the rules ask Java about, per rule (see lib/facts.rego).
asked_lists := {_detection_disable.issueCode: detection_actions}

asked := {a | some a in detection_actions}
