package iamgate.builtin.privilege_escalation_test

import data.iamgate.builtin.privilege_escalation as privesc
import data.iamgate.fixture

# Which methods a policy holds, and where, is DocumentEscalationsTest's business (Java); these tests
# check what the rule makes of the facts.

_lambda := {
	"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_LAMBDA_INVOKE",
	"method": "PassExistingRoleToNewLambdaThenInvoke",
	"actions": ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"],
	"how": "create a function that runs as a more privileged role and invoke it",
	"source": "pathfinding.cloud lambda-001",
	"alsoCovers": [],
}

_access_key := {
	"issueCode": "IAMGATE_PRIVESC_CREATE_ACCESS_KEY",
	"method": "CreateAccessKey",
	"actions": ["iam:CreateAccessKey"],
	"how": "create an access key for a more privileged IAM user and act as that user",
	"source": "pathfinding.cloud iam-002",
	"alsoCovers": ["pathfinding.cloud iam-003"],
}

test_one_finding_per_method_found_at_its_entry if {
	fs := privesc.findings with input as fixture.escalated([
		{"path": fixture.path(1, null), "method": _lambda},
		{"path": fixture.path(0, 2), "method": _access_key},
	])
	fs == {
		{
			"issueCode": "IAMGATE_PRIVESC_PASS_ROLE_LAMBDA_INVOKE",
			"findingType": "SECURITY_WARNING",
			"findingDetails": concat("", [
				"iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction allowed on all resources without ",
				"a limiting condition: a principal can create a function that runs as a more privileged role ",
				"and invoke it (PassExistingRoleToNewLambdaThenInvoke).",
			]),
			"path": fixture.path(1, null),
		},
		{
			"issueCode": "IAMGATE_PRIVESC_CREATE_ACCESS_KEY",
			"findingType": "SECURITY_WARNING",
			"findingDetails": privesc.details(_access_key),
			"path": fixture.path(0, 2),
		},
	}
}

# Near miss: grants that make no method (the facts hold none) give no finding.
test_no_method_found_no_finding if {
	fs := privesc.findings with input as fixture.identity([fixture.grant(fixture.path(0, 0), ["iam:PassRole"])])
	fs == set()
}

# Near miss: the same facts in an SCP grant nothing.
test_scp_is_not_an_identity_policy if {
	fs := privesc.findings with input as object.union(
		fixture.escalated([{"path": fixture.path(null, null), "method": _access_key}]),
		{"policyType": "SERVICE_CONTROL_POLICY"},
	)
	fs == set()
}

test_rules_are_the_catalogue_methods if {
	rules := privesc.rules with input as {"escalationMethods": [_lambda, _access_key]}
	count(rules) == 2
	r := rules.IAMGATE_PRIVESC_CREATE_ACCESS_KEY
	r.issueCode == "IAMGATE_PRIVESC_CREATE_ACCESS_KEY"
	r.findingType == "SECURITY_WARNING"
	r.title == "Privilege escalation: CreateAccessKey"
	contains(r.description, "Source: pathfinding.cloud iam-002. Also covers: pathfinding.cloud iam-003.")
	not contains(rules.IAMGATE_PRIVESC_PASS_ROLE_LAMBDA_INVOKE.description, "Also covers")
}

test_no_catalogue_no_rules if {
	count(privesc.rules) == 0
}
