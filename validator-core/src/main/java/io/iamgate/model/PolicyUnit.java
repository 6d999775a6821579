package io.iamgate.model;

import java.util.List;

/**
 * One policy to validate: the document, what kind of policy it is, the resource type Access Analyzer
 * should validate it for (null for none), where it came from ({@code file} as reports name it and
 * {@code origin}, e.g. {@code Resources.AppRole.Properties.AssumeRolePolicyDocument}; empty for a raw
 * file), the mapping of its positions back to the file, and notes about what could not be resolved.
 */
public record PolicyUnit(
        String file,
        String origin,
        PolicyType policyType,
        String resourceType,
        PolicyDocument document,
        SourceMapping sourceMapping,
        List<String> notes) {

    public PolicyUnit {
        origin = origin == null ? "" : origin;
        notes = List.copyOf(notes);
    }

    /** The validatePolicyResourceType to send: trust policies always have one. */
    public String effectiveResourceType() {
        if (policyType == PolicyType.TRUST_POLICY) {
            return PolicyType.ASSUME_ROLE_POLICY_DOCUMENT;
        }
        return resourceType;
    }

    /** True when the unit is a role trust policy, however it was labelled. */
    public boolean isTrustPolicy() {
        return PolicyType.ASSUME_ROLE_POLICY_DOCUMENT.equals(effectiveResourceType());
    }
}
