package iamgate.builtin.principals_test

import data.iamgate.builtin.principals

principal(kind, open, powerful, unbounded) := {"principal": {
	"name": "DeployRole", "kind": kind, "powerful": powerful,
	"trust": {"open": open, "summary": "any repository of GitHub organisation acme"},
	"unbounded": {a: true | some a in unbounded},
}}

test_open_role_that_reads_every_secret if {
	fs := principals.findings with input as principal("ROLE", true, false, ["secretsmanager:GetSecretValue", "s3:GetObject", "ec2:RunInstances"])
	fs == {{
		"issueCode": "IAMGATE_PRINCIPAL_SENSITIVE_AND_OPEN", "findingType": "SECURITY_WARNING",
		"findingDetails": "Role DeployRole can be assumed by any repository of GitHub organisation acme and allows s3:GetObject, secretsmanager:GetSecretValue on all resources without a limiting condition: whoever assumes it can take the account's data or credentials.",
		"path": [],
	}}
}

# Near miss: the same permissions behind a trust pinned to one repository.
test_pinned_role_is_fine if {
	fs := principals.findings with input as principal("ROLE", false, false, ["secretsmanager:GetSecretValue"])
	fs == set()
}

# Near miss: an open role that only runs instances (nothing to take).
test_open_role_without_sensitive_actions_is_fine if {
	fs := principals.findings with input as principal("ROLE", true, false, ["ec2:RunInstances"])
	fs == set()
}

# One problem, one finding: a powerful open role is IAMGATE_PRINCIPAL_POWERFUL_AND_OPEN's.
test_powerful_open_role_is_left_to_the_java_check if {
	fs := principals.findings with input as principal("ROLE", true, true, ["secretsmanager:GetSecretValue"])
	fs == set()
}

test_users_and_groups_are_not_assumed if {
	fs := principals.findings with input as principal("USER", true, false, ["secretsmanager:GetSecretValue"])
	fs == set()
}
