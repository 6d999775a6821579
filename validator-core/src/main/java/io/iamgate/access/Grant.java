package io.iamgate.access;

/**
 * What one statement allows or denies for a group of actions that share the same resource coverage:
 * the actions, the resources, what the conditions mean, and where it was written.
 */
public record Grant(
        boolean allow, ActionSet actions, ResourceCoverage resources, ConditionClass conditions, GrantSource source) {

    /** Whether this grant (or denial) applies to {@code action} on {@code resource} ("*" for every one). */
    public boolean covers(String action, String resource) {
        return actions.contains(action) && resources.covers(resource);
    }

    public boolean covers(io.iamgate.reference.Action action, String resource) {
        return actions.contains(action) && resources.covers(resource);
    }
}
