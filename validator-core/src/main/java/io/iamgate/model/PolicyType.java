package io.iamgate.model;

/**
 * What kind of policy a document is. {@code TRUST_POLICY} is iamgate's own: Access Analyzer validates a
 * role trust policy as a resource policy of resource type {@code AWS::IAM::AssumeRolePolicyDocument}.
 */
public enum PolicyType {
    IDENTITY_POLICY,
    RESOURCE_POLICY,
    SERVICE_CONTROL_POLICY,
    RESOURCE_CONTROL_POLICY,
    TRUST_POLICY;

    public static final String ASSUME_ROLE_POLICY_DOCUMENT = "AWS::IAM::AssumeRolePolicyDocument";
    /** The resource type of a VPC endpoint's policy: a filter on requests through the endpoint, never public. */
    public static final String VPC_ENDPOINT = "AWS::EC2::VPCEndpoint";

    /** The policyType to send to ValidatePolicy. */
    public String accessAnalyzerPolicyType() {
        return this == TRUST_POLICY ? RESOURCE_POLICY.name() : name();
    }

    /** True for the policy types whose statements name a Principal. */
    public boolean hasPrincipals() {
        return this == RESOURCE_POLICY || this == TRUST_POLICY || this == RESOURCE_CONTROL_POLICY;
    }

    /** Parses a user-supplied name, case-insensitively; accepts the short forms SCP, RCP, TRUST. */
    public static PolicyType parse(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        switch (t) {
            case "SCP":
                return SERVICE_CONTROL_POLICY;
            case "RCP":
                return RESOURCE_CONTROL_POLICY;
            case "TRUST":
                return TRUST_POLICY;
            case "IDENTITY":
                return IDENTITY_POLICY;
            case "RESOURCE":
                return RESOURCE_POLICY;
            default:
                for (PolicyType type : values()) {
                    if (type.name().equals(t)) {
                        return type;
                    }
                }
                throw new IllegalArgumentException("unknown policy type '" + text + "' (expected one of "
                        + java.util.Arrays.toString(values()) + ")");
        }
    }
}
