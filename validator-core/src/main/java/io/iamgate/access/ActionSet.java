package io.iamgate.access;

import io.iamgate.reference.Action;
import io.iamgate.reference.ActionPattern;
import io.iamgate.reference.IamReference;
import io.iamgate.reference.Service;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable set of the reference's actions, kept per service as a bit set over the service's
 * sorted action list, so that {@code "Action": "*"} costs one bit per action and set algebra is word-wise.
 * A service's part made from Action entries ({@code ec2:Describe*}) stays those entries until a question
 * needs its actions: an AWS managed policy such as ReadOnlyAccess names some 300 services, and most
 * questions (is it an administrator, which escalation paths does it hold) look at a few of them.
 */
public final class ActionSet {

    private final IamReference reference;
    /** By service prefix as the reference writes it; a part may turn out empty. */
    private final Map<String, Part> byService;

    /**
     * One service's actions: positions in {@link Service#actions()}, or lowercase action globs matched on
     * first need (racing threads match equal sets; either may be kept).
     */
    private static final class Part {
        private final Service service;
        private final List<String> globs;
        private final boolean all;
        private volatile BitSet bits;

        private Part(Service service, List<String> globs, BitSet bits) {
            this.service = service;
            this.globs = List.copyOf(globs);
            this.all = globs.contains("*");
            this.bits = bits;
        }

        static Part of(Service service, BitSet bits) {
            return new Part(service, List.of(), bits);
        }

        static Part matching(Service service, List<String> lowerGlobs) {
            return new Part(service, lowerGlobs, null);
        }

        boolean pending() {
            return bits == null;
        }

        /** Not to be changed: callers clone before they combine. */
        BitSet bits() {
            BitSet b = bits;
            if (b == null) {
                b = new BitSet(service.actionCount());
                for (String glob : globs) {
                    b.or(service.actionIndexesMatching(glob));
                }
                bits = b;
            }
            return b;
        }

        boolean isEmpty() {
            return service.actionCount() == 0 || (!all && bits().isEmpty());
        }

        /** Every action of the service; {@code s3:*} says so without matching anything. */
        boolean isWholeService() {
            return all || bits().cardinality() == service.actionCount();
        }

        Part union(Part other) {
            if (all || other.all) {
                return all ? this : other;
            }
            if (pending() && other.pending()) {
                List<String> both = new ArrayList<>(globs);
                both.addAll(other.globs);
                return matching(service, both);
            }
            BitSet b = (BitSet) bits().clone();
            b.or(other.bits());
            return of(service, b);
        }
    }

    private ActionSet(IamReference reference, Map<String, Part> byService) {
        this.reference = reference;
        this.byService = byService;
    }

    public static ActionSet empty(IamReference reference) {
        return new ActionSet(reference, Map.of());
    }

    /** Every action of every service the reference knows. */
    public static ActionSet all(IamReference reference) {
        Map<String, Part> out = new TreeMap<>();
        for (Service s : reference.services()) {
            out.put(s.prefix(), Part.matching(s, List.of("*")));
        }
        return new ActionSet(reference, out);
    }

    public static ActionSet of(IamReference reference, Collection<Action> actions) {
        Map<String, BitSet> bits = new TreeMap<>();
        for (Action a : actions) {
            int i = indexOf(reference, a.service(), a.name());
            if (i >= 0) {
                bits.computeIfAbsent(a.service(), k -> new BitSet()).set(i);
            }
        }
        Map<String, Part> out = new TreeMap<>();
        bits.forEach(
                (prefix, b) -> out.put(prefix, Part.of(reference.service(prefix).orElseThrow(), b)));
        return new ActionSet(reference, out);
    }

    /**
     * The actions an Action element's entries name ({@code s3:Get*}, {@code *}), kept as those entries per
     * service until a question needs the actions themselves.
     */
    public static ActionSet matching(IamReference reference, Collection<String> entries) {
        // Hashed while collecting (a policy such as ReadOnlyAccess has some 1,500 entries), sorted once.
        Map<Service, List<String>> globs = new HashMap<>();
        for (String entry : entries) {
            ActionPattern pattern = ActionPattern.parse(entry);
            for (Service s : pattern.services(reference)) {
                globs.computeIfAbsent(s, k -> new ArrayList<>()).add(pattern.lowerActionGlob());
            }
        }
        Map<String, Part> out = new TreeMap<>();
        globs.forEach((service, g) -> out.put(service.prefix(), Part.matching(service, g)));
        return new ActionSet(reference, out);
    }

    /** The position of an action in its service's list (sorted by name, case-insensitive); -1 if unknown. */
    private static int indexOf(IamReference reference, String service, String name) {
        Optional<Service> s = reference.service(service);
        return s.isEmpty() ? -1 : s.get().actionIndex(name);
    }

    public boolean contains(Action action) {
        Part part = byService.get(action.service());
        if (part == null) {
            return false;
        }
        int i = part.service.actionIndex(action.name());
        return i >= 0 && (part.all || part.bits().get(i));
    }

    /** By {@code service:Name}, case-insensitive; false for names the reference does not know. */
    public boolean contains(String fullName) {
        int colon = fullName.indexOf(':');
        Part part = colon <= 0 ? null : part(fullName.substring(0, colon));
        if (part == null) {
            return false;
        }
        int i = part.service.actionIndex(fullName.substring(colon + 1));
        return i >= 0 && (part.all || part.bits().get(i));
    }

    /** The part of a service named by prefix, case-insensitive; null when the set holds none of it. */
    private Part part(String prefix) {
        return reference.service(prefix).map(s -> byService.get(s.prefix())).orElse(null);
    }

    public boolean isEmpty() {
        return byService.values().stream().allMatch(Part::isEmpty);
    }

    public int size() {
        return byService.values().stream().mapToInt(p -> p.bits().cardinality()).sum();
    }

    public ActionSet union(ActionSet other) {
        Map<String, Part> out = new TreeMap<>(byService);
        other.byService.forEach((prefix, part) -> out.merge(prefix, part, Part::union));
        return new ActionSet(reference, out);
    }

    public ActionSet minus(ActionSet other) {
        Map<String, Part> out = new TreeMap<>();
        byService.forEach((prefix, part) -> {
            Part o = other.byService.get(prefix);
            if (o == null) {
                out.put(prefix, part);
            } else if (!o.all) {
                BitSet b = (BitSet) part.bits().clone();
                b.andNot(o.bits());
                if (!b.isEmpty()) {
                    out.put(prefix, Part.of(part.service, b));
                }
            }
        });
        return new ActionSet(reference, out);
    }

    public ActionSet intersect(ActionSet other) {
        Map<String, Part> out = new TreeMap<>();
        byService.forEach((prefix, part) -> {
            Part o = other.byService.get(prefix);
            if (o == null) {
                return;
            }
            if (o.all || part.all) {
                out.put(prefix, o.all ? part : o);
                return;
            }
            BitSet b = (BitSet) part.bits().clone();
            b.and(o.bits());
            if (!b.isEmpty()) {
                out.put(prefix, Part.of(part.service, b));
            }
        });
        return new ActionSet(reference, out);
    }

    /** Whether every action of the service (by prefix, case-insensitive) is in the set. */
    public boolean containsService(String prefix) {
        Part part = part(prefix);
        return part != null && part.isWholeService();
    }

    /** Whether every action the reference knows is in the set. */
    public boolean isEverything() {
        return reference.services().stream().allMatch(s -> s.actionCount() == 0 || containsService(s.prefix()));
    }

    /**
     * For a person to read: {@code *} for everything, {@code service:*} for a whole service, otherwise
     * the action names; at most {@code limit} entries, then how many more.
     */
    public List<String> describe(int limit) {
        if (isEverything()) {
            return List.of("*");
        }
        List<String> out = new ArrayList<>();
        int more = 0;
        for (Map.Entry<String, Part> e : byService.entrySet()) {
            Part part = e.getValue();
            if (part.isEmpty()) {
                continue;
            }
            if (part.isWholeService()) {
                if (out.size() < limit) {
                    out.add(e.getKey() + ":*");
                } else {
                    more++;
                }
                continue;
            }
            BitSet bits = part.bits();
            for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
                if (out.size() < limit) {
                    out.add(e.getKey() + ':' + part.service.actionName(i));
                } else {
                    more++;
                }
            }
        }
        if (more > 0) {
            out.add("... and " + more + " more");
        }
        return List.copyOf(out);
    }

    /**
     * Per service prefix, in order: {@code ["prefix:*"]} when the set holds the whole service, else the full names
     * of its actions. Compact enough to hand to rules (AdministratorAccess is one entry per service).
     */
    public Map<String, List<String>> byService() {
        Map<String, List<String>> out = new TreeMap<>();
        byService.forEach((prefix, part) -> {
            if (part.isEmpty()) {
                return;
            }
            if (part.isWholeService()) {
                out.put(prefix, List.of(prefix + ":*"));
                return;
            }
            List<String> names = new ArrayList<>();
            BitSet bits = part.bits();
            for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
                names.add(prefix + ':' + part.service.actionName(i));
            }
            out.put(prefix, List.copyOf(names));
        });
        return Collections.unmodifiableMap(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionSet other && normalized().equals(other.normalized());
    }

    @Override
    public int hashCode() {
        return normalized().hashCode();
    }

    private Map<String, BitSet> normalized() {
        Map<String, BitSet> out = new TreeMap<>();
        byService.forEach((k, v) -> {
            if (!v.isEmpty()) {
                out.put(k, v.bits());
            }
        });
        return out;
    }

    @Override
    public String toString() {
        return String.join(", ", describe(20));
    }
}
