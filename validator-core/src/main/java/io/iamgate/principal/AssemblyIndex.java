package io.iamgate.principal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The principals and managed policies of a group of stacks deployed together (a CDK cloud assembly), by
 * the values that reference them (name, ARN), so that a stack links to what another stack defines: a
 * managed policy attached by an imported ARN, a role a nested stack receives as a parameter. The first
 * definition of a value wins; a stack's own resources are looked up before the group's.
 */
final class AssemblyIndex {

    /** A managed policy defined in one stack of the group. */
    record ManagedPolicyRef(StackLinker owner, String id) {}

    private final Map<String, StackLinker.Draft> principals = new HashMap<>();
    private final Map<String, ManagedPolicyRef> managed = new HashMap<>();

    void principal(String key, StackLinker.Draft draft) {
        principals.putIfAbsent(key, draft);
    }

    void managed(String value, ManagedPolicyRef ref) {
        managed.putIfAbsent(value, ref);
    }

    Optional<StackLinker.Draft> principal(String key) {
        return Optional.ofNullable(principals.get(key));
    }

    Optional<ManagedPolicyRef> managed(String value) {
        return Optional.ofNullable(managed.get(value));
    }
}
