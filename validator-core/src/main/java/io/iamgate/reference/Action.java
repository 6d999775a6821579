package io.iamgate.reference;

import java.util.List;
import java.util.Optional;

/**
 * An IAM action, e.g. {@code s3:GetObject}: its access level, the resource types it takes, and the
 * condition keys the reference lists on the action itself.
 */
public record Action(
        String service,
        String name,
        AccessLevel accessLevel,
        List<ActionResourceType> resourceTypes,
        ConditionKeySet conditionKeys,
        List<String> dependentActions) {

    public Action {
        resourceTypes = List.copyOf(resourceTypes);
        conditionKeys = conditionKeys == null ? ConditionKeySet.EMPTY : conditionKeys;
        dependentActions = List.copyOf(dependentActions);
    }

    /** {@code service:Name}, e.g. {@code s3:GetObject}. */
    public String fullName() {
        return service + ':' + name;
    }

    /** Whether the action takes specific resources (otherwise only {@code "Resource": "*"} applies). */
    public boolean supportsResourceLevelPermissions() {
        return !resourceTypes.isEmpty();
    }

    /** The row for a resource type, by name, case-insensitive. */
    public Optional<ActionResourceType> resourceType(String resourceTypeName) {
        for (ActionResourceType row : resourceTypes) {
            if (row.name().equalsIgnoreCase(resourceTypeName)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the reference lists {@code key} (or a family it belongs to) for this action, on the
     * action itself or on one of its resource-type rows. Keys listed only on a resource type's own
     * definition are not included: see {@link Service#resourceType(String)} for those.
     */
    public boolean supportsConditionKey(String key) {
        if (conditionKeys.contains(key)) {
            return true;
        }
        for (ActionResourceType row : resourceTypes) {
            if (row.conditionKeys().contains(key)) {
                return true;
            }
        }
        return false;
    }
}
