package io.iamgate.analyze.rego;

import io.iamgate.access.EscalationMethod;
import io.iamgate.model.ElementPath;
import io.iamgate.reference.Glob;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The privilege-escalation methods of the catalogue ({@link io.iamgate.access.EscalationCatalogue}) that one
 * identity policy holds by itself, worked out in Java for the pack's privilege-escalation rule
 * ({@code facts.escalations}): the rule only looks them up. Judged on the policy's grant entries as
 * {@link PackFacts} reads them (every resource of the action, no limiting condition, no unconditional Deny), so
 * the document-level rule and the principal-level {@link io.iamgate.access.EffectivePermissions#escalationPaths}
 * apply the same catalogue with the same resource and condition rules, one policy here, a principal's sum there.
 */
final class DocumentEscalations {

    private static final String PASS_ROLE = "iam:passrole";

    /**
     * A grant entry: an Action entry (or the NotAction element) of an Allow statement, whether it is an entry
     * IAMGATE_ADMIN_WILDCARD reports, the catalogue and pack actions it grants on every resource (lower-case), and
     * the services an iam:PassedToService condition of its statement names (empty: no such condition).
     */
    record Entry(ElementPath path, boolean admin, Set<String> actions, List<String> passedTo) {
        Entry {
            actions = Collections.unmodifiableSet(new LinkedHashSet<>(actions)); // in asked order
            passedTo = List.copyOf(passedTo);
        }
    }

    /** A method the policy holds, and the entry a finding points at. */
    record Found(EscalationMethod method, ElementPath path) {}

    private final List<Method> methods;

    /** A catalogue method with its actions lower-cased once. */
    private record Method(EscalationMethod method, List<String> actions, String passedTo) {}

    DocumentEscalations(List<EscalationMethod> catalogue) {
        List<Method> out = new ArrayList<>(catalogue.size());
        for (EscalationMethod m : catalogue) {
            String service = m.passedToService();
            out.add(new Method(
                    m,
                    m.actions().stream().map(a -> a.toLowerCase(Locale.ROOT)).toList(),
                    service == null ? "" : service.toLowerCase(Locale.ROOT)));
        }
        this.methods = List.copyOf(out);
    }

    /**
     * The methods whose every action some entry grants, each with the first entry (in the method's action order,
     * then document order) that is not an administrator wildcard: a method held only through {@code *} or
     * {@code iam:*} is left to IAMGATE_ADMIN_WILDCARD, which already says the principal can do anything, so that
     * {@code Action: "*"} is one finding, not dozens at the same token. A method that includes a smaller method
     * found here is left out: one escalation, one finding.
     */
    List<Found> of(List<Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (Method m : methods) {
            held(m, entries).ifPresent(path -> found.add(new Found(m.method(), path)));
        }
        return EscalationMethod.withoutImplied(found, Found::method);
    }

    private static Optional<ElementPath> held(Method m, List<Entry> entries) {
        ElementPath specific = null;
        for (String action : m.actions()) {
            boolean granted = false;
            for (Entry e : entries) {
                if (grants(e, action, m.passedTo())) {
                    granted = true;
                    if (!e.admin() && specific == null) {
                        specific = e.path();
                    }
                    if (specific != null) {
                        break;
                    }
                }
            }
            if (!granted) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(specific);
    }

    /**
     * The entry grants the action; iam:PassRole only when the statement's iam:PassedToService condition, if any,
     * admits the service the method passes its role to.
     */
    private static boolean grants(Entry e, String action, String passedTo) {
        if (!e.actions().contains(action)) {
            return false;
        }
        if (!action.equals(PASS_ROLE) || e.passedTo().isEmpty()) {
            return true;
        }
        return e.passedTo().stream().anyMatch(p -> Glob.matches(p, passedTo));
    }
}
