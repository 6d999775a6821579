package io.iamgate.extract;

import io.iamgate.model.PolicyType;
import java.util.Map;
import java.util.Optional;

/**
 * What the user said about a file's policies: a policy type and resource type that override detection
 * (from --policy-type / --resource-type or a configuration glob), or empty to detect; and the CloudFormation
 * parameter values given for it (--parameters, --template-configuration, a configuration glob).
 */
public record ExtractOptions(
        Optional<PolicyType> policyType, Optional<String> resourceType, Map<String, String> parameters) {

    public static final ExtractOptions DETECT = new ExtractOptions(Optional.empty(), Optional.empty());

    public ExtractOptions {
        parameters = Map.copyOf(parameters);
    }

    public ExtractOptions(Optional<PolicyType> policyType, Optional<String> resourceType) {
        this(policyType, resourceType, Map.of());
    }

    public ExtractOptions withParameters(Map<String, String> values) {
        return new ExtractOptions(policyType, resourceType, values);
    }
}
