package io.iamgate.diff;

import io.iamgate.access.AccessEntry;
import io.iamgate.config.DiffCategory;
import java.util.List;

/**
 * What changed for one principal or policy: whether it is new, removed, renamed or changed in place, the access
 * it gained and lost, how its trust changed, and why the change blocks (empty: it does not).
 */
public record SubjectChange(
        Status status,
        Subject head,
        Subject base,
        List<Access> added,
        List<Access> removed,
        TrustChange trust,
        List<Block> blocks) {

    public enum Status {
        NEW,
        REMOVED,
        RENAMED,
        CHANGED
    }

    /** One grant gained or lost; {@code note} says why when its statement itself did not change (a Deny did). */
    public record Access(AccessEntry entry, String note) {}

    /** A reason to block: its category, the issue code of its finding, what it says, and where it points. */
    public record Block(DiffCategory category, String issueCode, String reason, AccessEntry.Site site) {}

    public SubjectChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        blocks = List.copyOf(blocks);
    }

    /** The working tree's subject, or the base's when it was removed. */
    public Subject subject() {
        return head != null ? head : base;
    }

    public boolean blocking() {
        return !blocks.isEmpty();
    }
}
