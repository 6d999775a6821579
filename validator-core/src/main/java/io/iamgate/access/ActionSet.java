package io.iamgate.access;

import io.iamgate.reference.Action;
import io.iamgate.reference.ActionPattern;
import io.iamgate.reference.IamReference;
import io.iamgate.reference.Service;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * An immutable set of the reference's actions, kept per service as a bit set over the service's
 * sorted action list, so that {@code "Action": "*"} costs one bit per action and set algebra is word-wise.
 */
public final class ActionSet {

    private final IamReference reference;
    private final Map<String, BitSet> byService;

    private ActionSet(IamReference reference, Map<String, BitSet> byService) {
        this.reference = reference;
        this.byService = byService;
    }

    public static ActionSet empty(IamReference reference) {
        return new ActionSet(reference, Map.of());
    }

    /** Every action of every service the reference knows. */
    public static ActionSet all(IamReference reference) {
        Map<String, BitSet> out = new TreeMap<>();
        for (Service s : reference.services()) {
            BitSet bits = new BitSet(s.actionCount());
            bits.set(0, s.actionCount());
            out.put(s.prefix(), bits);
        }
        return new ActionSet(reference, out);
    }

    public static ActionSet of(IamReference reference, Collection<Action> actions) {
        Map<String, BitSet> out = new TreeMap<>();
        for (Action a : actions) {
            int i = indexOf(reference, a.service(), a.name());
            if (i >= 0) {
                out.computeIfAbsent(a.service(), k -> new BitSet()).set(i);
            }
        }
        return new ActionSet(reference, out);
    }

    /**
     * The actions an Action element's entries name ({@code s3:Get*}, {@code *}), found by name alone: nothing
     * but the names of the services they touch is decoded.
     */
    public static ActionSet matching(IamReference reference, Collection<String> patterns) {
        Map<String, BitSet> out = new TreeMap<>();
        for (String p : patterns) {
            ActionPattern.parse(p).matchingIndexes(reference).forEach((service, bits) -> {
                if (!bits.isEmpty()) {
                    out.computeIfAbsent(service, k -> new BitSet()).or(bits);
                }
            });
        }
        return new ActionSet(reference, out);
    }

    /** The position of an action in its service's list (sorted by name, case-insensitive); -1 if unknown. */
    private static int indexOf(IamReference reference, String service, String name) {
        Optional<Service> s = reference.service(service);
        return s.isEmpty() ? -1 : s.get().actionIndex(name);
    }

    public boolean contains(Action action) {
        BitSet bits = byService.get(action.service());
        if (bits == null) {
            return false;
        }
        int i = indexOf(reference, action.service(), action.name());
        return i >= 0 && bits.get(i);
    }

    /** By {@code service:Name}, case-insensitive; false for names the reference does not know. Decodes names only. */
    public boolean contains(String fullName) {
        int colon = fullName.indexOf(':');
        Optional<Service> service = colon <= 0 ? Optional.empty() : reference.service(fullName.substring(0, colon));
        BitSet bits = service.map(s -> byService.get(s.prefix())).orElse(null);
        if (bits == null || bits.isEmpty()) {
            return false;
        }
        int i = service.get().actionIndex(fullName.substring(colon + 1));
        return i >= 0 && bits.get(i);
    }

    public boolean isEmpty() {
        return byService.values().stream().allMatch(BitSet::isEmpty);
    }

    public int size() {
        return byService.values().stream().mapToInt(BitSet::cardinality).sum();
    }

    public ActionSet union(ActionSet other) {
        return combine(other, true, (a, b) -> {
            a.or(b);
            return a;
        });
    }

    public ActionSet minus(ActionSet other) {
        return combine(other, false, (a, b) -> {
            a.andNot(b);
            return a;
        });
    }

    public ActionSet intersect(ActionSet other) {
        Map<String, BitSet> out = new TreeMap<>();
        byService.forEach((service, bits) -> {
            BitSet o = other.byService.get(service);
            if (o != null) {
                BitSet copy = (BitSet) bits.clone();
                copy.and(o);
                if (!copy.isEmpty()) {
                    out.put(service, copy);
                }
            }
        });
        return new ActionSet(reference, out);
    }

    private ActionSet combine(ActionSet other, boolean addOthers, BinaryOperator<BitSet> op) {
        Map<String, BitSet> out = new TreeMap<>();
        byService.forEach((service, bits) -> {
            BitSet o = other.byService.get(service);
            BitSet result = o == null ? (BitSet) bits.clone() : op.apply((BitSet) bits.clone(), o);
            if (!result.isEmpty()) {
                out.put(service, result);
            }
        });
        if (addOthers) {
            other.byService.forEach((service, bits) -> {
                if (!out.containsKey(service) && !bits.isEmpty()) {
                    out.put(service, (BitSet) bits.clone());
                }
            });
        }
        return new ActionSet(reference, out);
    }

    /** Whether every action of the service (by prefix) is in the set. */
    public boolean containsService(String prefix) {
        BitSet bits = byService.get(prefix);
        Optional<Service> service = reference.service(prefix);
        return bits != null && service.isPresent() && bits.cardinality() == service.get().actionCount();
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
        for (Map.Entry<String, BitSet> e : byService.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Service service = reference.service(e.getKey()).orElseThrow();
            if (containsService(e.getKey())) {
                if (out.size() < limit) {
                    out.add(e.getKey() + ":*");
                } else {
                    more++;
                }
                continue;
            }
            for (int i = e.getValue().nextSetBit(0); i >= 0; i = e.getValue().nextSetBit(i + 1)) {
                if (out.size() < limit) {
                    out.add(service.prefix() + ':' + service.actionName(i));
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
        byService.forEach((prefix, bits) -> {
            if (bits.isEmpty()) {
                return;
            }
            if (containsService(prefix)) {
                out.put(prefix, List.of(prefix + ":*"));
                return;
            }
            Service service = reference.service(prefix).orElseThrow();
            List<String> names = new ArrayList<>();
            for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
                names.add(service.prefix() + ':' + service.actionName(i));
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
                out.put(k, v);
            }
        });
        return out;
    }

    @Override
    public String toString() {
        return String.join(", ", describe(20));
    }
}
