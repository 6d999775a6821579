package io.iamgate.diff;

import java.util.List;

/**
 * What a change grants: the revision compared against ({@code ref} as given, {@code commit} as resolved), the
 * principals and policies that changed, and notes on what could not be read at the revision (its access then
 * counts as new: over-reporting, never a silent pass).
 */
public record AccessDiff(String ref, String commit, List<SubjectChange> changes, List<String> notes) {

    public AccessDiff {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    public long blockingCount() {
        return changes.stream().mapToLong(c -> c.blocks().size()).sum();
    }

    public long addedCount() {
        return changes.stream().mapToLong(c -> c.added().size()).sum();
    }

    public long removedCount() {
        return changes.stream().mapToLong(c -> c.removed().size()).sum();
    }
}
