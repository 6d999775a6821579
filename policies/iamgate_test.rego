package iamgate_test

import data.iamgate

finding_types := {"ERROR", "SECURITY_WARNING", "WARNING", "SUGGESTION"}

# Rule packages, counted by hand: a package whose rules were dropped from the union would lower it.
test_rules_catalogue if {
	count(iamgate.rules) == (((((46 + 3) + 3) + 1) + 3) + 2) + 1
	every code, r in iamgate.rules {
		r.issueCode == code
		startswith(code, "IAMGATE_")
		r.findingType in finding_types
		r.title != ""
		r.description != ""
		r.remediation != ""
	}
}

# A policy that trips several families at once, through the top-level entrypoint.
mixed := {
	"document": {"Version": "2012-10-17", "Statement": [
		{"Effect": "Allow", "Action": "iam:*", "Resource": "*"},
		{"Effect": "Allow", "Action": ["iam:PassRole", "ec2:RunInstances", "s3:GetObject", "cloudtrail:StopLogging"], "Resource": "*"},
		{"Effect": "Allow", "NotAction": "iam:*", "Resource": "arn:aws:s3:::reports/*"},
	]},
	"policyType": "IDENTITY_POLICY", "resourceType": null, "origin": "", "file": "mixed.json",
}

test_findings_entrypoint_merges_every_family if {
	fs := iamgate.findings with input as mixed
	{f.issueCode | some f in fs} == {
		"IAMGATE_ADMIN_WILDCARD",
		"IAMGATE_PRIVESC_PASS_ROLE_EC2_RUN_INSTANCES",
		"IAMGATE_DATA_EXFILTRATION",
		"IAMGATE_DETECTION_DISABLE",
		"IAMGATE_ALLOW_NOT_ACTION",
	}
	every f in fs {
		iamgate.rules[f.issueCode].findingType == f.findingType
		object.keys(f) == {"issueCode", "findingType", "findingDetails", "path"}
	}
}

# Near miss for the whole pack: a tidy least-privilege policy has no finding.
test_least_privilege_policy_is_clean if {
	fs := iamgate.findings with input as {"policyType": "IDENTITY_POLICY", "document": {"Version": "2012-10-17", "Statement": [
		{"Sid": "ReadReports", "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]},
		{"Sid": "Logs", "Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "arn:aws:logs:eu-west-1:111122223333:log-group:/app/*"},
		{"Sid": "Describe", "Effect": "Allow", "Action": ["ec2:Describe*", "cloudwatch:GetMetricData"], "Resource": "*"},
	]}}
	fs == set()
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
