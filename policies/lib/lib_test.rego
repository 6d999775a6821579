package iamgate.lib_test

import data.iamgate.lib

# --- shapes and paths -----------------------------------------------------------------------------

test_single_object_statement_has_no_index if {
	[s] := lib.statements({"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}})
	s.path == [{"value": "Statement"}]
	s.actions == [{"value": "s3:GetObject", "lower": "s3:getobject", "path": [{"value": "Statement"}, {"value": "Action"}]}]
}

test_statement_array_and_action_array_have_indexes if {
	stmts := lib.statements({"Statement": [
		{"Effect": "Deny", "Action": "*", "Resource": "*"},
		{"Effect": "Allow", "Action": ["s3:GetObject", "IAM:PassRole"], "Resource": ["arn:aws:s3:::b/*"]},
	]})
	count(stmts) == 2
	stmts[1].path == [{"value": "Statement"}, {"index": 1}]
	stmts[1].actions[1].lower == "iam:passrole"
	stmts[1].actions[1].path == [{"value": "Statement"}, {"index": 1}, {"value": "Action"}, {"index": 1}]
	stmts[1].resources[0].path == [{"value": "Statement"}, {"index": 1}, {"value": "Resource"}, {"index": 0}]
}

test_missing_or_malformed_statement_gives_no_statements if {
	lib.statements({}) == []
	lib.statements({"Statement": "oops"}) == []
	lib.statements({"Statement": ["oops", {"Effect": "Allow"}]}) == [lib.normalise({"Effect": "Allow"}, [{"value": "Statement"}, {"index": 1}])]
}

test_principal_star_and_object_forms if {
	[a] := lib.statements({"Statement": {"Principal": "*"}})
	a.principals == [{"kind": "*", "value": "*", "path": [{"value": "Statement"}, {"value": "Principal"}]}]
	[b] := lib.statements({"Statement": {"Principal": {"AWS": ["arn:aws:iam::111122223333:root", "*"], "Service": "sns.amazonaws.com"}}})
	b.principals == [
		{"kind": "AWS", "value": "arn:aws:iam::111122223333:root", "path": [{"value": "Statement"}, {"value": "Principal"}, {"value": "AWS"}, {"index": 0}]},
		{"kind": "AWS", "value": "*", "path": [{"value": "Statement"}, {"value": "Principal"}, {"value": "AWS"}, {"index": 1}]},
		{"kind": "Service", "value": "sns.amazonaws.com", "path": [{"value": "Statement"}, {"value": "Principal"}, {"value": "Service"}]},
	]
}

test_condition_values_become_text if {
	[s] := lib.statements({"Statement": {"Condition": {"Bool": {"aws:SecureTransport": false}, "StringEquals": {"aws:SourceAccount": ["1", "2"]}}}})
	s.conditions == [
		{"operator": "Bool", "operator_lower": "bool", "key": "aws:SecureTransport", "key_lower": "aws:securetransport", "values": ["false"], "path": [{"value": "Statement"}, {"value": "Condition"}, {"value": "Bool"}, {"value": "aws:SecureTransport"}]},
		{"operator": "StringEquals", "operator_lower": "stringequals", "key": "aws:SourceAccount", "key_lower": "aws:sourceaccount", "values": ["1", "2"], "path": [{"value": "Statement"}, {"value": "Condition"}, {"value": "StringEquals"}, {"value": "aws:SourceAccount"}]},
	]
}

# --- matching -----------------------------------------------------------------------------------------

test_action_glob_semantics if {
	lib.action_matches("iam:put*", "iam:putrolepolicy")
	lib.action_matches("iam:?assrole", "iam:passrole")
	lib.action_matches("*", "ec2:runinstances")
	not lib.action_matches("iam:put*", "iam:passrole")
	not lib.action_matches("iam:passrole", "iam:passroles")
	not lib.action_matches("iam:[p]assrole", "iam:passrole")
	not lib.action_matches("s3:*", "iam:passrole")
	lib.action_matches("*:get*", "s3:getobject")
	lib.action_matches("?3:get*", "s3:getobject")
}

test_admin_pattern if {
	lib.admin_pattern("*")
	lib.admin_pattern("*:*")
	lib.admin_pattern("iam:*")
	not lib.admin_pattern("iam:put*")
	not lib.admin_pattern("s3:*")
}

test_any_resource if {
	lib.any_resource("*")
	lib.any_resource("arn:aws:s3:::*")
	lib.any_resource("arn:*:iam::*:*")
	not lib.any_resource("arn:aws:iam::*:role/*")
	not lib.any_resource("arn:aws:iam::111122223333:*")
	not lib.any_resource("arn:aws:s3:::bucket/*")
}

test_not_action_entry_grants_everything_else if {
	[s] := lib.statements({"Statement": {"Effect": "Allow", "NotAction": ["iam:*", "organizations:*"], "Resource": "*"}})
	[g] := lib.grant_entries(s)
	g == {"path": [{"value": "Statement"}, {"value": "NotAction"}], "kind": "NotAction", "patterns": ["iam:*", "organizations:*"]}
	lib.entry_grants(g, "ec2:runinstances")
	not lib.entry_grants(g, "iam:passrole")
}

test_grant_index_literal_wildcard_and_not_action if {
	stmts := lib.statements({"Statement": [
		{"Effect": "Allow", "Action": ["s3:GetObject", "ec2:Describe*"], "Resource": "*"},
		{"Effect": "Allow", "NotAction": "iam:*", "Resource": "arn:aws:s3:::*"},
	]})
	ix := lib.grant_index([g | some s in stmts; some g in lib.grant_entries(s)])
	ix.literal == {"s3:getobject"}
	lib.index_grants(ix, "s3:getobject")
	lib.index_grants(ix, "ec2:describeinstances")
	lib.index_grants(ix, "lambda:invokefunction")
	not lib.index_grants(ix, "iam:passrole")
}

# --- facts (lib/facts.rego) -----------------------------------------------------------------------

test_narrowing_condition if {
	keys := {"aws:sourceaccount"}
	lib.narrowing_condition({"key_lower": "aws:sourceaccount", "operator_lower": "stringequals", "values": ["111122223333"]}, keys)
	lib.narrowing_condition({"key_lower": "aws:sourceaccount", "operator_lower": "foranyvalue:stringlike", "values": ["1111*"]}, keys)
	not lib.narrowing_condition({"key_lower": "aws:sourceaccount", "operator_lower": "stringnotequals", "values": ["111122223333"]}, keys)
	not lib.narrowing_condition({"key_lower": "aws:sourceaccount", "operator_lower": "stringequalsifexists", "values": ["111122223333"]}, keys)
	not lib.narrowing_condition({"key_lower": "aws:sourceaccount", "operator_lower": "stringlike", "values": ["*"]}, keys)
	not lib.narrowing_condition({"key_lower": "aws:sourceip", "operator_lower": "ipaddress", "values": ["0.0.0.0/0"]}, {"aws:sourceip"})
	not lib.narrowing_condition({"key_lower": "aws:username", "operator_lower": "stringequals", "values": ["bob"]}, keys)
}

cond(key, op, values) := {"key_lower": key, "operator_lower": op, "values": values}

# The same attacks and safe twins as the Java CallerLimitsTest.
test_whole_internet_in_two_halves_is_not_a_limit if {
	not lib.narrowing_condition(cond("aws:sourceip", "ipaddress", ["0.0.0.0/1", "128.0.0.0/1"]), lib.narrowing_keys)
	not lib.narrowing_condition(cond("aws:sourceip", "ipaddress", ["::/1", "8000::/1"]), lib.narrowing_keys)
	not lib.narrowing_condition(cond("aws:sourceip", "ipaddress", ["192.0.0.0/2", "0.0.0.0/2", "64.1.2.3/2", "128.0.0.0/2", "10.0.0.0/8"]), lib.narrowing_keys)
	not lib.narrowing_condition(cond("aws:sourceip", "ipaddress", ["0.0.0.0/00"]), lib.narrowing_keys)
	not lib.narrowing_condition(cond("aws:sourceip", "ipaddress", ["203.0.113.0/24", "not-an-address"]), lib.narrowing_keys)
	not lib.narrowing_condition(cond("aws:sourceip", "notipaddress", ["203.0.113.0/24"]), lib.narrowing_keys)
}

test_a_real_slash_16_range_limits if {
	lib.narrowing_condition(cond("aws:sourceip", "ipaddress", ["203.0.0.0/16"]), lib.narrowing_keys)
	lib.narrowing_condition(cond("aws:sourceip", "ipaddress", ["0.0.0.0/1", "128.0.0.0/2", "192.0.0.0/3"]), lib.narrowing_keys)
	lib.narrowing_condition(cond("aws:sourceip", "ipaddress", ["2001:db8::/32", "203.0.113.7"]), lib.narrowing_keys)
}

test_wildcard_identity_values_are_not_a_limit if {
	not lib.narrowing_condition(cond("aws:principalorgid", "stringlike", ["o-*"]), lib.narrowing_keys)
	not lib.narrowing_condition(cond("aws:principalorgid", "stringlike", ["o?*"]), lib.narrowing_keys)
	not lib.narrowing_condition(cond("aws:principalarn", "arnlike", ["arn:aws:iam::*:*"]), lib.narrowing_keys)
	not lib.narrowing_condition(cond("aws:principalarn", "stringlike", ["arn:*"]), lib.narrowing_keys)
	not lib.narrowing_condition(cond("aws:sourcearn", "arnequals", ["arn:aws:sns:*:*:*"]), lib.narrowing_keys)
	not lib.narrowing_condition(cond("aws:principalaccount", "stringlike", ["*"]), lib.narrowing_keys)
	not lib.narrowing_condition(cond("aws:sourceaccount", "stringlike", ["????????????"]), lib.narrowing_keys)
	not lib.narrowing_condition(cond("aws:sourcevpc", "stringlike", ["vpc-*"]), lib.narrowing_keys)
	not lib.narrowing_condition(cond("aws:sourcevpce", "stringlike", ["vpce-*"]), lib.narrowing_keys)
	not lib.narrowing_condition(cond("aws:principalaccount", "stringequals", ["${aws:PrincipalAccount}"]), lib.narrowing_keys)
	not lib.narrowing_condition(cond("aws:principalarn", "arnlike", ["arn:aws:iam::${aws:PrincipalAccount}:*"]), lib.narrowing_keys)
	not lib.narrowing_condition(cond("aws:principalorgid", "forallvalues:stringequals", ["o-abc123"]), lib.narrowing_keys)
	not lib.narrowing_condition(cond("aws:vpcsourceip", "ipaddress", ["10.0.0.0/16"]), lib.narrowing_keys)
}

test_real_identity_values_limit if {
	lib.narrowing_condition(cond("aws:principalorgid", "stringequals", ["o-abc123"]), lib.narrowing_keys)
	lib.narrowing_condition(cond("aws:principalorgid", "stringequals", ["o-*"]), lib.narrowing_keys)
	lib.narrowing_condition(cond("aws:principalarn", "arnlike", ["arn:aws:iam::111122223333:*"]), lib.narrowing_keys)
	lib.narrowing_condition(cond("aws:sourcearn", "arnlike", ["arn:aws:s3:::my-bucket"]), lib.narrowing_keys)
	lib.narrowing_condition(cond("aws:sourceaccount", "stringlike", ["1111222233??"]), lib.narrowing_keys)
	lib.narrowing_condition(cond("aws:sourcevpc", "stringequals", ["vpc-1a2b3c4d"]), lib.narrowing_keys)
	lib.narrowing_condition(cond("aws:principalorgid", "stringequals", ["${aws:ResourceOrgID}"]), lib.narrowing_keys)
}

test_public_principal if {
	lib.public_principal({"kind": "*", "value": "*"})
	lib.public_principal({"kind": "AWS", "value": "*"})
	lib.public_principal({"kind": "AWS", "value": "arn:aws:iam::*:root"})
	not lib.public_principal({"kind": "AWS", "value": "arn:aws:iam::111122223333:root"})
	not lib.public_principal({"kind": "Service", "value": "*"})
}

test_list_text if {
	lib.list_text(["a", "b"], 3) == "a, b"
	lib.list_text(["a", "b", "c", "d", "e"], 3) == "a, b, c and 2 more"
}

test_unit_kinds if {
	lib.is_identity({"policyType": "IDENTITY_POLICY"})
	lib.is_identity({})
	lib.is_trust({"policyType": "RESOURCE_POLICY", "resourceType": "AWS::IAM::AssumeRolePolicyDocument"})
	not lib.is_resource_policy({"policyType": "RESOURCE_POLICY", "resourceType": "AWS::IAM::AssumeRolePolicyDocument"})
	lib.is_resource_policy({"policyType": "RESOURCE_POLICY", "resourceType": "AWS::S3::Bucket"})
	not lib.is_resource_policy({"policyType": "RESOURCE_POLICY", "resourceType": "AWS::EC2::VPCEndpoint"})
	not lib.grants_access({"policyType": "RESOURCE_POLICY", "resourceType": "AWS::EC2::VPCEndpoint"})
	lib.grants_access({"policyType": "RESOURCE_POLICY", "resourceType": "AWS::S3::Bucket"})
	not lib.grants_access({"policyType": "SERVICE_CONTROL_POLICY"})
	not lib.grants_access({"policyType": "RESOURCE_CONTROL_POLICY"})
}
