package io.iamgate.extract;

import io.iamgate.model.PolicyType;
import java.util.Optional;

/**
 * What the user said about a file's policies: a policy type and resource type that override detection
 * (from --policy-type / --resource-type or a configuration glob), or empty to detect.
 */
public record ExtractOptions(Optional<PolicyType> policyType, Optional<String> resourceType) {

    public static final ExtractOptions DETECT = new ExtractOptions(Optional.empty(), Optional.empty());
}
