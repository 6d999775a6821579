package iamgate_test

import data.iamgate
import data.iamgate.fixture

finding_types := {"ERROR", "SECURITY_WARNING", "WARNING", "SUGGESTION"}

_method := {
	"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_EC2_RUN_INSTANCES", "method": "CreateEC2WithExistingIP",
	"actions": ["iam:PassRole", "ec2:RunInstances"], "source": "pathfinding.cloud ec2-001", "alsoCovers": [],
	"how": "launch an instance with a more privileged instance profile and use its credentials",
}

# Rule packages, counted by hand: a package whose rules were dropped from the union would lower it.
# The privilege-escalation rules are the catalogue methods Java hands over (one here).
test_rules_catalogue if {
	rules := iamgate.rules with input as {"escalationMethods": [_method]}
	count(rules) == ((((((1 + 3) + 3) + 1) + 2) + 2) + 1) + 1
	every code, r in rules {
		r.issueCode == code
		startswith(code, "IAMGATE_")
		r.findingType in finding_types
		r.title != ""
		r.description != ""
		r.remediation != ""
	}
}

# A policy that trips several families at once, through the top-level entrypoint.
mixed := object.union(
	fixture.identity([
		fixture.admin_grant(fixture.path(0, null)),
		fixture.grant(fixture.path(1, 2), ["s3:GetObject"]),
		fixture.grant(fixture.path(1, 3), ["cloudtrail:StopLogging"]),
	]),
	{"facts": {
		"admin": [{"path": fixture.path(0, null), "value": "iam:*"}],
		"statements": [
			{"path": fixture.statement(2), "notAction": true, "notResource": false},
		],
		"escalations": [{"path": fixture.path(1, 0), "method": _method}],
	}},
)

test_findings_entrypoint_merges_every_family if {
	fs := iamgate.findings with input as mixed
	fixture.codes(fs) == {
		"IAMGATE_ADMIN_WILDCARD",
		"IAMGATE_PRIVESC_PASS_ROLE_EC2_RUN_INSTANCES",
		"IAMGATE_DATA_EXFILTRATION",
		"IAMGATE_DETECTION_DISABLE",
		"IAMGATE_ALLOW_NOT_ACTION",
	}
	every f in fs {
		rules := iamgate.rules with input as {"escalationMethods": [_method]}
		rules[f.issueCode].findingType == f.findingType
		object.keys(f) == {"issueCode", "findingType", "findingDetails", "path"}
	}
}

# Near miss for the whole pack: an identity policy with empty facts has no finding (the Java side
# does not even ask, see the input contract in iamgate.rego).
test_identity_policy_without_facts_is_clean if {
	fs := iamgate.findings with input as fixture.identity([])
	fs == set()
}

# The asked actions: per rule, the actions it looks up, each once, in the order its findings name them.
test_asked_actions_entrypoint if {
	object.keys(iamgate.asked_actions) == {
		"IAMGATE_DATA_EXFILTRATION", "IAMGATE_CREDENTIALS_EXPOSURE", "IAMGATE_RESOURCE_EXPOSURE",
		"IAMGATE_DETECTION_DISABLE", "IAMGATE_PRINCIPAL_SENSITIVE_AND_OPEN",
	}
	"secretsmanager:GetSecretValue" in iamgate.asked_actions.IAMGATE_DATA_EXFILTRATION
	"s3:GetObject" in iamgate.asked_actions.IAMGATE_DATA_EXFILTRATION
	"cloudtrail:StopLogging" in iamgate.asked_actions.IAMGATE_DETECTION_DISABLE
	every _, list in iamgate.asked_actions {
		# One spelling per action: the facts name actions as listed, and the rules take them as written.
		count(list) == count({lower(a) | some a in list})
	}
}

test_repository_findings_entrypoint if {
	fs := iamgate.repository_findings with input as {"policies": [{"document": {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}, "policyType": "SERVICE_CONTROL_POLICY", "resourceType": null, "origin": "", "file": "scp/full.json"}]}
	{[f.issueCode, f.file] | some f in fs} == {["IAMGATE_SCP_DETECTION_NOT_DENIED", "scp/full.json"]}
}

# Junk in, no crash out: the Java side may hand over partly resolved templates.
test_malformed_documents_give_no_findings if {
	set() == iamgate.findings with input as {"policyType": "IDENTITY_POLICY", "document": "not a policy"}
	set() == iamgate.findings with input as {"policyType": "IDENTITY_POLICY"}
	set() == iamgate.findings with input as {"policyType": "IDENTITY_POLICY", "document": {"Statement": [{"Effect": "Allow", "Action": {"Fn::Join": ["", ["iam:", "*"]]}, "Resource": 42}]}}
	set() == iamgate.repository_findings with input as {}
}
