package io.iamgate.access;

import java.util.List;
import java.util.Set;

/**
 * One grant (or denial) at action level, as one statement writes it: the actions it covers (wildcards and
 * NotAction expanded through the IAM reference), one resource pattern with the patterns NotResource takes out,
 * its conditions as written ({@code Operator key=values}, so that a reformat or reordering compares equal), the
 * principals a resource policy names (empty for an identity policy), and where it is written.
 */
public record AccessEntry(
        boolean allow,
        ActionSet actions,
        String resource,
        List<String> excluded,
        Set<String> conditions,
        Set<String> principals,
        Site site) {

    public AccessEntry {
        excluded = List.copyOf(excluded);
        conditions = Set.copyOf(conditions);
        principals = Set.copyOf(principals);
    }

    /** The same entry with other actions (what is left of it after a comparison). */
    public AccessEntry withActions(ActionSet other) {
        return new AccessEntry(allow, other, resource, excluded, conditions, principals, site);
    }

    /**
     * Where a statement is written: the file, its 1-based line and 0-based column there, the policy's name as the
     * principal knows it (or its origin), and the statement's index and Sid.
     */
    public record Site(String file, int line, int column, String policy, int statement, String sid) {}
}
