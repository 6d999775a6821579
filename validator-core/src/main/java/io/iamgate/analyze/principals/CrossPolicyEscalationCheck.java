package io.iamgate.analyze.principals;

import io.iamgate.access.EscalationPath;
import io.iamgate.access.Grant;
import io.iamgate.model.FindingType;
import io.iamgate.principal.Principal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * IAMGATE_PRINCIPAL_PRIVESC_ACROSS_POLICIES: a privilege-escalation method of the built-in catalogue whose
 * actions the principal holds only through several of its policies together (e.g. iam:PassRole on an
 * administrator role in one, lambda:CreateFunction + lambda:InvokeFunction in another), which no check of
 * one document can see. Paths a single policy gives are left to the per-policy IAMGATE_PRIVESC_* rules.
 */
public final class CrossPolicyEscalationCheck implements PrincipalRule {

    public static final Info INFO = new Info(
            "IAMGATE_PRINCIPAL_PRIVESC_ACROSS_POLICIES",
            FindingType.SECURITY_WARNING,
            "Privilege escalation across a principal's policies");

    @Override
    public Info info() {
        return INFO;
    }

    @Override
    public Optional<Result> check(Principal p) {
        List<String> described = new ArrayList<>();
        Set<String> policies = new LinkedHashSet<>();
        for (EscalationPath path : p.escalationPaths()) {
            if (!path.spansPolicies()) {
                continue;
            }
            policies.addAll(path.policies());
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, List<Grant>> e : path.grants().entrySet()) {
                Set<String> from = new LinkedHashSet<>();
                e.getValue().forEach(g -> from.add("'" + g.source().policy() + "'"));
                parts.add(e.getKey() + " from " + String.join(" or ", from));
            }
            described.add(path.method().method() + " (" + String.join("; ", parts) + "): it can "
                    + path.method().how());
        }
        if (described.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Result(
                PowerSites.kind(p) + " " + p.name() + " can escalate its privileges with"
                        + " actions that no single one of its policies grants: " + String.join(". ", described)
                        + ". Policies involved: " + PowerSites.describe(p, policies)
                        + ". Scope iam:PassRole to the roles"
                        + " the workload passes (with iam:PassedToService), or drop an action of the path.",
                PowerSites.locations(p, policies)));
    }
}
