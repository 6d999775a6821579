# Entrypoints of the built-in rule pack, compiled to wasm by scripts/build-rego-bundle; each is
# described in its METADATA. `path` is in the Access Analyzer shape: {"value": key} for an object
# member, {"index": n} for an array element.
package iamgate

import data.iamgate.builtin.broad_grants
import data.iamgate.builtin.privilege_escalation
import data.iamgate.builtin.resource_policies
import data.iamgate.builtin.scp_guardrails
import data.iamgate.builtin.sensitive_actions
import data.iamgate.builtin.threat_detection
import data.iamgate.builtin.trust_policies

# Rule packages are listed by name rather than found by iterating data.iamgate.builtin, so that
# adding a package is a visible change here and the wasm planner sees plain references.

# METADATA
# scope: document
# description: |
#   The findings of one policy unit. Input: {"document": {...}, "policyType": "IDENTITY_POLICY" |
#   "RESOURCE_POLICY" | "SERVICE_CONTROL_POLICY" | "RESOURCE_CONTROL_POLICY" | "TRUST_POLICY",
#   "resourceType": null | "AWS::S3::Bucket" | ..., "origin": "...", "file": "..."}.
#   Output: a set of {"issueCode", "findingType", "findingDetails", "path"}.
# entrypoint: true
findings contains f if some f in privilege_escalation.findings

findings contains f if some f in broad_grants.findings

findings contains f if some f in sensitive_actions.findings

findings contains f if some f in threat_detection.findings

findings contains f if some f in resource_policies.findings

findings contains f if some f in trust_policies.findings

# METADATA
# description: |
#   The findings about every unit of a run together. Input: {"policies": [unit, ...]}.
#   Output: a set of the same objects as findings, plus "file" and "origin".
# entrypoint: true
repository_findings := scp_guardrails.repository_findings

# METADATA
# description: |
#   The catalogue of the pack's rules. No input.
#   Output: {issueCode: {"issueCode", "findingType", "title", "description", "remediation"}}.
# entrypoint: true
rules := object.union_n([
	privilege_escalation.rules,
	broad_grants.rules,
	sensitive_actions.rules,
	threat_detection.rules,
	resource_policies.rules,
	trust_policies.rules,
	scp_guardrails.rules,
])
