package io.iamgate.diff;

import io.iamgate.access.AccessComparison;
import io.iamgate.access.AccessEntry;
import io.iamgate.config.DiffSettings;
import io.iamgate.reference.IamReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Compares two sides subject by subject: pairs them ({@link SubjectMatcher}), computes the access added and
 * removed ({@link AccessComparison}) and the trust change, and asks the gate why an addition blocks. Subjects with
 * no change at all are left out.
 */
public final class AccessDiffer {

    private final IamReference reference;
    private final DiffGate gate;

    public AccessDiffer(IamReference reference, DiffSettings settings) {
        this.reference = reference;
        this.gate = new DiffGate(settings, reference);
    }

    /** The changes between two runs' reports, reading only the {@code selected} files of each. */
    public List<SubjectChange> compare(
            io.iamgate.report.RunReport head, io.iamgate.report.RunReport base, Predicate<String> selected) {
        Subjects subjects = new Subjects(reference);
        return compare(subjects.of(head, selected), subjects.of(base, selected));
    }

    List<SubjectChange> compare(List<Subject> head, List<Subject> base) {
        List<SubjectChange> out = new ArrayList<>();
        for (SubjectMatcher.Pair pair : SubjectMatcher.match(head, base)) {
            Subject h = pair.head();
            Subject b = pair.base();
            List<AccessEntry> none = List.of();
            List<SubjectChange.Access> added = access(AccessComparison.added(
                    h == null ? none : h.entries(),
                    h == null ? null : h.boundary(),
                    b == null ? none : b.entries(),
                    b == null ? null : b.boundary(),
                    AccessComparison.DENY_GONE));
            List<SubjectChange.Access> removed = access(AccessComparison.removed(
                    h == null ? none : h.entries(),
                    h == null ? null : h.boundary(),
                    b == null ? none : b.entries(),
                    b == null ? null : b.boundary()));
            TrustChange trust = TrustChange.between(
                    h == null ? java.util.Optional.empty() : h.trust(),
                    b == null ? java.util.Optional.empty() : b.trust());
            SubjectChange.Status status = h == null
                    ? SubjectChange.Status.REMOVED
                    : b == null
                            ? SubjectChange.Status.NEW
                            : h.file().equals(b.file()) && h.origin().equals(b.origin())
                                    ? SubjectChange.Status.CHANGED
                                    : SubjectChange.Status.RENAMED;
            List<SubjectChange.Block> blocks = gate.blocks(h, b, added, trust);
            boolean unchanged = status == SubjectChange.Status.CHANGED
                    && added.isEmpty()
                    && removed.isEmpty()
                    && trust.isEmpty()
                    && blocks.isEmpty();
            if (!unchanged) {
                out.add(new SubjectChange(status, h, b, added, removed, trust, blocks));
            }
        }
        return out;
    }

    private static List<SubjectChange.Access> access(List<AccessComparison.Change> changes) {
        return changes.stream()
                .map(c -> new SubjectChange.Access(c.entry(), c.note()))
                .toList();
    }
}
