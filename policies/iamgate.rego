# Entrypoints of the built-in rule pack (compiled to wasm by scripts/build-rego-bundle):
#
#   iamgate/findings             input: one policy unit
#                                  {"document": {...}, "policyType": "IDENTITY_POLICY" | "RESOURCE_POLICY" |
#                                   "SERVICE_CONTROL_POLICY" | "RESOURCE_CONTROL_POLICY" | "TRUST_POLICY",
#                                   "resourceType": null | "AWS::S3::Bucket" | ..., "origin": "...", "file": "...",
#                                   "facts": {...} (lib/facts.rego)}; an identity policy comes without
#                                   its document: its rules read the facts only, so one whose facts
#                                   are all empty is not evaluated at all
#                                output: set of {"issueCode", "findingType", "findingDetails", "path"}
#   iamgate/repository_findings  input: {"policies": [unit, ...]} (every SCP and RCP of the run; a run
#                                without any is not evaluated)
#                                output: set of the same objects plus "file" and "origin"
#   iamgate/principal_findings   input: {"principal": {...}} (builtin/principals.rego), one principal
#                                output: set of {"issueCode", "findingType", "findingDetails", "path"}
#   iamgate/asked_actions        input: none
#                                output: {issueCode: [action, ...]}: per rule, the actions it asks
#                                Java about, in the order its findings list them
#   iamgate/rules                input: none
#                                output: {issueCode: {"issueCode", "findingType", "title", "description", "remediation"}}
#
# `path` is in the Access Analyzer shape: {"value": key} for an object member, {"index": n} for an
# array element.
package iamgate

import data.iamgate.builtin.broad_grants
import data.iamgate.builtin.principals
import data.iamgate.builtin.privilege_escalation
import data.iamgate.builtin.resource_policies
import data.iamgate.builtin.scp_guardrails
import data.iamgate.builtin.sensitive_actions
import data.iamgate.builtin.threat_detection
import data.iamgate.builtin.trust_policies

# METADATA
# scope: document
# title: Findings for one policy unit
# description: >-
#   The built-in rules' findings for one policy (document, or facts for an identity policy). Rule
#   packages are listed by name rather than found by iterating data.iamgate.builtin, so that adding
#   a package is a visible change here and the wasm planner sees plain references.
# entrypoint: true
findings contains f if some f in privilege_escalation.findings

findings contains f if some f in broad_grants.findings

findings contains f if some f in sensitive_actions.findings

findings contains f if some f in threat_detection.findings

findings contains f if some f in resource_policies.findings

findings contains f if some f in trust_policies.findings

# METADATA
# title: Findings over all policies of the run
# entrypoint: true
repository_findings := scp_guardrails.repository_findings

# METADATA
# title: Findings for one principal
# description: The built-in rules over a principal's facts (builtin/principals.rego).
# entrypoint: true
principal_findings := principals.findings

# METADATA
# title: The actions the grant rules ask about
# description: >-
#   PackFacts works out, for each policy and principal, which of them it grants and where
#   (input.facts, see lib/facts.rego).
# entrypoint: true
asked_actions := object.union_n([sensitive_actions.asked_lists, threat_detection.asked_lists, principals.asked_lists])

# METADATA
# title: The rule catalogue
# description: issueCode -> {issueCode, findingType, title, description, remediation}.
# entrypoint: true
rules := object.union_n([
	privilege_escalation.rules,
	broad_grants.rules,
	sensitive_actions.rules,
	threat_detection.rules,
	resource_policies.rules,
	trust_policies.rules,
	scp_guardrails.rules,
	principals.rules,
])
