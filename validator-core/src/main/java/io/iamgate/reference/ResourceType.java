package io.iamgate.reference;

import java.util.List;

/** A resource type of a service, e.g. s3 {@code object}, with its ARN formats and condition keys. */
public record ResourceType(String service, String name, List<ArnFormat> arnFormats, ConditionKeySet conditionKeys) {

    public ResourceType {
        arnFormats = List.copyOf(arnFormats);
        conditionKeys = conditionKeys == null ? ConditionKeySet.EMPTY : conditionKeys;
    }

    /** Whether a resource ARN from a policy (wildcards and variables allowed) can name this type. */
    public boolean canMatch(ResourceArn arn) {
        for (ArnFormat format : arnFormats) {
            if (format.canMatch(arn)) {
                return true;
            }
        }
        return false;
    }
}
