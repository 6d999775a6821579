package io.iamgate.reference;

import java.util.List;

/**
 * One row of an action's resource-type column: the resource type it acts on, whether that type is
 * required, and the condition keys and dependent actions the reference lists on that row.
 */
public record ActionResourceType(
        String name, boolean required, ConditionKeySet conditionKeys, List<String> dependentActions) {

    public ActionResourceType {
        conditionKeys = conditionKeys == null ? ConditionKeySet.EMPTY : conditionKeys;
        dependentActions = List.copyOf(dependentActions);
    }
}
