package iamgate.builtin.broad_grants_test

import data.iamgate.builtin.broad_grants

import data.iamgate.fixture

# facts(admin, statements): the unit's facts with these administrator entries and Allow statements.
facts(admin, statements) := object.union(fixture.identity([]), {"facts": {"admin": admin, "statements": statements, "grants": []}})

allow(s, not_action, not_resource) := {"path": fixture.statement(s), "notAction": not_action, "notResource": not_resource}

# --- IAMGATE_ADMIN_WILDCARD ---------------------------------------------------------------------------

test_administrator_access if {
	fs := broad_grants.findings with input as facts([{"path": fixture.path(0, null), "value": "*"}], [])
	fs == {{
		"issueCode": "IAMGATE_ADMIN_WILDCARD",
		"findingType": "SECURITY_WARNING",
		"findingDetails": "\"*\" on all resources grants administrator access (every action).",
		"path": fixture.path(0, null),
	}}
}

test_iam_full_access if {
	fs := broad_grants.findings with input as facts([{"path": fixture.path(null, 0), "value": "IAM:*"}], [])
	[f] := [f | some f in fs]
	f.issueCode == "IAMGATE_ADMIN_WILDCARD"
	f.path == fixture.path(null, 0)
	f.findingDetails == "\"IAM:*\" on all resources grants administrator access (all of IAM, so any other permission too)."
}

# Near miss: no administrator entry in the facts (a service wildcard, or iam:* on the caller's own user).
test_no_admin_entry_no_finding if {
	fs := broad_grants.findings with input as facts([], [])
	fs == set()
}

# Near miss: FullAWSAccess is the normal default SCP; SCP Allows grant nothing.
test_full_aws_access_scp_is_fine if {
	fs := broad_grants.findings with input as object.union(
		facts([{"path": fixture.path(null, null), "value": "*"}], [allow(null, false, false)]),
		{"policyType": "SERVICE_CONTROL_POLICY"},
	)
	fs == set()
}

# --- IAMGATE_ALLOW_NOT_ACTION and IAMGATE_ALLOW_NOT_RESOURCE --------------------------------------------

test_allow_not_action if {
	fs := broad_grants.findings with input as facts([], [allow(1, true, false)])
	[f] := [f | some f in fs]
	f.issueCode == "IAMGATE_ALLOW_NOT_ACTION"
	f.path == fixture.not_action(1)
	f.findingType == "WARNING"
}

test_allow_not_resource if {
	fs := broad_grants.findings with input as facts([], [allow(null, false, true)])
	fs == {{
		"issueCode": "IAMGATE_ALLOW_NOT_RESOURCE",
		"findingType": "WARNING",
		"findingDetails": "Allow with NotResource grants the actions on every resource not listed here.",
		"path": [{"value": "Statement"}, {"value": "NotResource"}],
	}}
}

# Resource policies are judged too (their Allow statements grant); SCPs are not.
test_not_action_in_a_resource_policy if {
	fs := broad_grants.findings with input as object.union(facts([], [allow(0, true, false)]), {"policyType": "RESOURCE_POLICY"})
	fixture.codes(fs) == {"IAMGATE_ALLOW_NOT_ACTION"}
}

test_rules_metadata if {
	object.keys(broad_grants.rules) == {"IAMGATE_ADMIN_WILDCARD", "IAMGATE_ALLOW_NOT_ACTION", "IAMGATE_ALLOW_NOT_RESOURCE"}
}
