package io.iamgate.access;

import io.iamgate.reference.Glob;
import java.util.ArrayList;
import java.util.List;

/**
 * The access one side has that the other has not, at action level. An Allow entry of {@code after} is covered by
 * an Allow entry of {@code before} for the actions both name, when the earlier resource pattern matches the later
 * one (as text: {@code bucket/*} covers {@code bucket/logs/*}), the later entry keeps every condition of the earlier
 * one (a condition added narrows, so nothing is new; one removed or changed is new) and names no principal the
 * earlier did not. Deny is honoured as {@code EffectivePermissions} honours it: an unconditional Deny on the same
 * or a wider resource takes the actions away; a Deny that is gone gives back what the Allows grant under it.
 */
public final class AccessComparison {

    public static final String DENY_GONE = "no longer denied: a Deny that covered it was removed or narrowed";
    public static final String DENY_NEW = "now denied: a Deny covers it";

    private AccessComparison() {}

    /** A grant that one side has and the other not, with why when it is not the Allow itself. */
    public record Change(AccessEntry entry, String note) {}

    /**
     * What {@code after} allows that {@code before} does not; {@code boundaryAfter}/{@code boundaryBefore} bound each
     * side (null: no boundary). {@code denyNote} explains access a vanished Deny gives.
     */
    public static List<Change> added(
            List<AccessEntry> after,
            List<AccessEntry> boundaryAfter,
            List<AccessEntry> before,
            List<AccessEntry> boundaryBefore,
            String denyNote) {
        List<AccessEntry> allowedAfter = effective(after, boundaryAfter);
        List<AccessEntry> allowedBefore = effective(before, boundaryBefore);
        List<Change> out = new ArrayList<>();
        for (AccessEntry e : allowedAfter) {
            ActionSet rest = e.actions();
            for (AccessEntry b : allowedBefore) {
                if (covers(b, e)) {
                    rest = rest.minus(b.actions());
                    if (rest.isEmpty()) {
                        break;
                    }
                }
            }
            if (!rest.isEmpty()) {
                out.add(new Change(e.withActions(rest), ""));
            }
        }
        // A Deny of before that after lacks: what after allows under it is new, though its Allow is not.
        for (AccessEntry d : unconditionalDenies(before)) {
            ActionSet gone = d.actions();
            for (AccessEntry k : unconditionalDenies(after)) {
                if (covers(k, d)) {
                    gone = gone.minus(k.actions());
                }
            }
            if (gone.isEmpty()) {
                continue;
            }
            for (AccessEntry e : allowedAfter) {
                ActionSet freed = e.actions().intersect(gone);
                if (!freed.isEmpty()
                        && (Glob.matches(d.resource(), e.resource()) || Glob.matches(e.resource(), d.resource()))) {
                    String resource = Glob.matches(d.resource(), e.resource()) ? e.resource() : d.resource();
                    AccessEntry narrowed = new AccessEntry(
                            true, freed, resource, e.excluded(), e.conditions(), e.principals(), e.site());
                    if (out.stream().noneMatch(c -> c.entry().equals(narrowed))) {
                        out.add(new Change(narrowed, denyNote));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** What {@code before} allowed that {@code after} does not. */
    public static List<Change> removed(
            List<AccessEntry> after,
            List<AccessEntry> boundaryAfter,
            List<AccessEntry> before,
            List<AccessEntry> boundaryBefore) {
        return added(before, boundaryBefore, after, boundaryAfter, DENY_NEW);
    }

    /** The Allow entries less what an unconditional Deny of the same side takes away, within the boundary. */
    public static List<AccessEntry> effective(List<AccessEntry> entries, List<AccessEntry> boundary) {
        List<AccessEntry> denies = unconditionalDenies(entries);
        List<AccessEntry> out = new ArrayList<>();
        for (AccessEntry e : entries) {
            if (!e.allow()) {
                continue;
            }
            ActionSet rest = e.actions();
            for (AccessEntry d : denies) {
                if (appliesTo(d, e)) {
                    rest = rest.minus(d.actions());
                }
            }
            if (boundary != null) {
                rest = rest.intersect(bounded(boundary, e));
            }
            if (!rest.isEmpty()) {
                out.add(rest == e.actions() ? e : e.withActions(rest));
            }
        }
        return out;
    }

    /** The actions a boundary lets through on the entry's resource (a conditional boundary statement counts). */
    private static ActionSet bounded(List<AccessEntry> boundary, AccessEntry e) {
        ActionSet allowed = e.actions().minus(e.actions());
        for (AccessEntry b : boundary) {
            if (b.allow() && resourceCovers(b, e)) {
                allowed = allowed.union(b.actions());
            }
        }
        for (AccessEntry d : unconditionalDenies(boundary)) {
            if (appliesTo(d, e)) {
                allowed = allowed.minus(d.actions());
            }
        }
        return allowed;
    }

    private static List<AccessEntry> unconditionalDenies(List<AccessEntry> entries) {
        return entries.stream()
                .filter(e -> !e.allow() && e.conditions().isEmpty())
                .toList();
    }

    /** A Deny takes an Allow's actions away when its resource and principals include the Allow's. */
    private static boolean appliesTo(AccessEntry deny, AccessEntry allow) {
        return resourceCovers(deny, allow) && principalsCover(deny, allow);
    }

    /** Whether {@code wide} applies wherever {@code narrow} does (actions aside). */
    public static boolean covers(AccessEntry wide, AccessEntry narrow) {
        return wide.allow() == narrow.allow()
                && resourceCovers(wide, narrow)
                && narrow.conditions().containsAll(wide.conditions())
                && principalsCover(wide, narrow);
    }

    private static boolean resourceCovers(AccessEntry wide, AccessEntry narrow) {
        boolean pattern = wide.resource().equals("*") || Glob.matches(wide.resource(), narrow.resource());
        return pattern && narrow.excluded().containsAll(wide.excluded());
    }

    private static boolean principalsCover(AccessEntry wide, AccessEntry narrow) {
        if (wide.principals().isEmpty() || wide.principals().contains("*")) {
            return true;
        }
        if (narrow.principals().isEmpty()) {
            return false;
        }
        return narrow.principals().stream()
                .allMatch(n -> wide.principals().stream().anyMatch(w -> Glob.matches(w, n)));
    }
}
