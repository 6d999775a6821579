package io.iamgate.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One policy to validate: the document, what kind of policy it is, the resource type Access Analyzer
 * should validate it for (null for none), where it came from ({@code file} as reports name it and
 * {@code origin}, e.g. {@code Resources.AppRole.Properties.AssumeRolePolicyDocument}; empty for a raw
 * file), the mapping of its positions back to the file, notes about what could not be resolved, and the
 * findings its source itself gives (a value not known until deployment, a duplicate key in a template), which
 * no analyzer can see in the document, and the resource of infrastructure code that holds it (its names and the
 * suppressions written on it; {@link SourceResource#NONE} for a raw file).
 */
public record PolicyUnit(
        String file,
        String origin,
        PolicyType policyType,
        String resourceType,
        PolicyDocument document,
        SourceMapping sourceMapping,
        List<String> notes,
        List<Finding> sourceFindings,
        SourceResource resource) {

    public PolicyUnit {
        origin = origin == null ? "" : origin;
        notes = List.copyOf(notes);
        sourceFindings = List.copyOf(sourceFindings);
        resource = resource == null ? SourceResource.NONE : resource;
    }

    /** A unit no resource of infrastructure code is known to hold. */
    public PolicyUnit(
            String file,
            String origin,
            PolicyType policyType,
            String resourceType,
            PolicyDocument document,
            SourceMapping sourceMapping,
            List<String> notes,
            List<Finding> sourceFindings) {
        this(
                file,
                origin,
                policyType,
                resourceType,
                document,
                sourceMapping,
                notes,
                sourceFindings,
                SourceResource.NONE);
    }

    /** A unit whose source gives no findings of its own. */
    public PolicyUnit(
            String file,
            String origin,
            PolicyType policyType,
            String resourceType,
            PolicyDocument document,
            SourceMapping sourceMapping,
            List<String> notes) {
        this(file, origin, policyType, resourceType, document, sourceMapping, notes, List.of());
    }

    /** The same unit with more findings from its source, and the mapping that places them in the file. */
    public PolicyUnit withSourceFindings(List<Finding> more, SourceMapping mapping) {
        List<Finding> all = new ArrayList<>(sourceFindings);
        all.addAll(more);
        return new PolicyUnit(file, origin, policyType, resourceType, document, mapping, notes, all, resource);
    }

    /** The same unit, held by {@code held}. */
    public PolicyUnit withResource(SourceResource held) {
        return new PolicyUnit(
                file, origin, policyType, resourceType, document, sourceMapping, notes, sourceFindings, held);
    }

    /** The validatePolicyResourceType to send: trust policies always have one. */
    public String effectiveResourceType() {
        if (policyType == PolicyType.TRUST_POLICY) {
            return PolicyType.ASSUME_ROLE_POLICY_DOCUMENT;
        }
        return resourceType;
    }

    /**
     * True for a VPC endpoint policy. It never grants access: it only limits what requests made through the
     * endpoint may do, so {@code Principal: "*"} in it (AWS's default endpoint policy) is not public access.
     * Access Analyzer validates it as a resource policy without a validatePolicyResourceType.
     */
    public boolean isEndpointPolicy() {
        return PolicyType.VPC_ENDPOINT.equals(resourceType);
    }

    /** True when the unit is a role trust policy, however it was labelled. */
    public boolean isTrustPolicy() {
        return PolicyType.ASSUME_ROLE_POLICY_DOCUMENT.equals(effectiveResourceType());
    }
}
