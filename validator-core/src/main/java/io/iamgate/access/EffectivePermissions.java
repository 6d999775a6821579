package io.iamgate.access;

import io.iamgate.reference.IamReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a principal may do: the union of the Allow statements of its policies, minus what their Deny
 * statements remove, intersected with its permissions boundary when it has one (a boundary grants nothing).
 * Built to err towards power, as a security gate must: a Deny removes only what it covers without any
 * condition (a conditional Deny removes nothing), and a boundary statement with a condition is taken to
 * allow. SCPs are not applied here.
 */
public final class EffectivePermissions {

    private static final String PASS_ROLE = "iam:PassRole";

    private final IamReference reference;
    private final List<PolicyGrants> policies;
    private final Optional<PolicyGrants> boundary;
    private volatile ActionSet unbounded;

    private EffectivePermissions(IamReference reference, List<PolicyGrants> policies, Optional<PolicyGrants> boundary) {
        this.reference = reference;
        this.policies = List.copyOf(policies);
        this.boundary = boundary;
    }

    public static EffectivePermissions of(
            IamReference reference, List<PolicyGrants> policies, Optional<PolicyGrants> boundary) {
        return new EffectivePermissions(reference, policies, boundary);
    }

    /** The permissions this principal would have with one of its policies alone (and the same boundary). */
    public EffectivePermissions only(PolicyGrants policy) {
        return new EffectivePermissions(reference, List.of(policy), boundary);
    }

    public List<PolicyGrants> policies() {
        return policies;
    }

    public Optional<PolicyGrants> boundary() {
        return boundary;
    }

    /** Whether {@code action} is allowed on {@code resource} ({@code "*"}: on every resource) without a limiting condition. */
    public boolean allows(String action, String resource) {
        return !allowing(action, resource, null).isEmpty();
    }

    /**
     * The grants that allow {@code action} on {@code resource} for a path whose role is passed to
     * {@code servicePrincipal} (null when none is), or empty when the action is not allowed there: no grant
     * without a limiting condition covers it, an unconditional Deny covers it, or the boundary does not allow it.
     */
    public List<Grant> allowing(String action, String resource, String servicePrincipal) {
        // By name: an action the reference does not know is in no grant, and no action is decoded.
        List<Grant> grants = new ArrayList<>();
        for (PolicyGrants p : policies) {
            for (Grant g : p.grants()) {
                if (g.allow() && g.covers(action, resource) && !g.conditions().limits(servicePrincipal)) {
                    grants.add(g);
                }
            }
        }
        if (grants.isEmpty() || deniedBy(policies, action, resource)) {
            return List.of();
        }
        if (boundary.isPresent()) {
            List<PolicyGrants> b = List.of(boundary.get());
            boolean bounded = boundary.get().allows().stream().anyMatch(g -> g.covers(action, resource));
            if (!bounded || deniedBy(b, action, resource)) {
                return List.of();
            }
        }
        return List.copyOf(grants);
    }

    private static boolean deniedBy(List<PolicyGrants> policies, String action, String resource) {
        return policies.stream()
                .flatMap(p -> p.denies().stream())
                .anyMatch(g -> g.conditions().isUnconditional() && g.covers(action, resource));
    }

    /** The actions allowed on every resource without a limiting condition, after denials and the boundary. */
    public ActionSet unboundedActions() {
        ActionSet known = unbounded;
        if (known == null) {
            known = computeUnbounded();
            unbounded = known; // racing threads compute equal sets; either may be kept
        }
        return known;
    }

    private ActionSet computeUnbounded() {
        ActionSet allowed = everywhere(policies, true, false);
        allowed = allowed.minus(everywhere(policies, false, true));
        if (boundary.isPresent()) {
            List<PolicyGrants> b = List.of(boundary.get());
            allowed = allowed.intersect(everywhere(b, true, true).minus(everywhere(b, false, true)));
        }
        return allowed;
    }

    /** Union of the actions of the grants (allow or deny) that cover every resource. */
    private ActionSet everywhere(List<PolicyGrants> from, boolean allow, boolean anyCondition) {
        ActionSet out = ActionSet.empty(reference);
        for (PolicyGrants p : from) {
            for (Grant g : p.grants()) {
                if (g.allow() != allow || !g.resources().all()) {
                    continue;
                }
                boolean counts = allow
                        ? anyCondition || !g.conditions().limits(null)
                        : g.conditions().isUnconditional();
                if (counts) {
                    out = out.union(g.actions());
                }
            }
        }
        return out;
    }

    /**
     * Whether the boundary, taken alone, allows every action on every resource without a limiting condition
     * and denies none of it: a boundary that bounds nothing. False without a boundary.
     */
    public boolean boundaryBoundsNothing() {
        if (boundary.isEmpty()) {
            return false;
        }
        List<PolicyGrants> b = List.of(boundary.get());
        return everywhere(b, true, false).minus(everywhere(b, false, true)).isEverything();
    }

    /**
     * Administrator-equivalent: every action the IAM reference knows is allowed on every resource without a
     * limiting condition, or at least every {@code iam:} action is (whoever holds all of IAM can attach
     * AdministratorAccess to itself), after Deny statements and the boundary.
     */
    public boolean isAdministratorEquivalent() {
        ActionSet unbounded = unboundedActions();
        return unbounded.containsService("iam") || unbounded.isEverything();
    }

    /**
     * The escalation methods of the catalogue whose every action is allowed on every resource without a
     * condition that limits the path. {@code iam:PassRole} also counts when it covers one of
     * {@code privilegedRoles} (ARNs of roles known to be powerful), since passing that role is enough.
     */
    public List<EscalationPath> escalationPaths(Collection<String> privilegedRoles) {
        List<EscalationPath> out = new ArrayList<>();
        Map<String, List<Grant>> passRoleByService = new HashMap<>();
        for (EscalationMethod m : EscalationCatalogue.METHODS) {
            String service = m.passedToService();
            Map<String, List<Grant>> grants = new LinkedHashMap<>();
            for (String action : m.actions()) {
                List<Grant> g = action.equalsIgnoreCase(PASS_ROLE)
                        ? passRoleByService.computeIfAbsent(
                                String.valueOf(service), k -> passRole(service, privilegedRoles))
                        : allowing(action, "*", service);
                if (g.isEmpty()) {
                    break;
                }
                grants.put(action, g);
            }
            if (grants.size() == m.actions().size()) {
                out.add(new EscalationPath(m, grants));
            }
        }
        return EscalationMethod.withoutImplied(out, EscalationPath::method);
    }

    /** iam:PassRole to {@code service} on every role, or else on one of the privileged roles. */
    private List<Grant> passRole(String service, Collection<String> privilegedRoles) {
        List<Grant> g = allowing(PASS_ROLE, "*", service);
        boolean scoped = policies.stream()
                .flatMap(p -> p.allows().stream())
                .anyMatch(grant -> grant.actions().contains(PASS_ROLE)
                        && !grant.conditions().limits(service));
        if (!scoped) {
            return g;
        }
        for (String role : privilegedRoles) {
            if (!g.isEmpty()) {
                break;
            }
            g = allowing(PASS_ROLE, role, service);
        }
        return g;
    }
}
