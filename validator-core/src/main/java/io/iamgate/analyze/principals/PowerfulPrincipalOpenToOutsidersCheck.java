package io.iamgate.analyze.principals;

import io.iamgate.load.Node;
import io.iamgate.model.ElementPath;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.principal.Principal;
import io.iamgate.principal.PrincipalKind;
import java.util.Optional;

/**
 * IAMGATE_PRINCIPAL_POWERFUL_AND_OPEN: a role that is administrator-equivalent or holds an escalation path,
 * and that anyone can assume: a public principal without a condition on the caller, or any repository of a
 * GitHub organisation (a web-identity trust with no {@code sub} or a wildcard repository). Accounts named by
 * number are not judged: offline, the stack's own account cannot be told from another.
 * The highest severity: whoever controls one such repository or account controls this account.
 */
public final class PowerfulPrincipalOpenToOutsidersCheck implements PrincipalRule {

    public static final Info INFO = new Info(
            "IAMGATE_PRINCIPAL_POWERFUL_AND_OPEN",
            FindingType.ERROR,
            "Powerful role anyone or any repository can assume");

    @Override
    public Info info() {
        return INFO;
    }

    @Override
    public Optional<Result> check(Principal p) {
        if (p.kind() != PrincipalKind.ROLE || !p.powerful() || !p.trust().openToOutsiders()) {
            return Optional.empty();
        }
        Location trust = trustSite(p);
        String power = p.administratorEquivalent()
                ? "is an administrator of the account"
                : "can escalate its privileges ("
                        + String.join(
                                ", ",
                                p.escalationPaths().stream()
                                        .map(e -> e.method().method())
                                        .toList()) + ")";
        return Optional.of(new Result(
                "Role " + p.name() + " " + power + " and can be assumed by "
                        + p.trust().describe() + ": whoever that is controls the account. Pin the trust policy to the "
                        + "repository and branch (or account and role) that deploys, and grant the role only what it needs. "
                        + "Policies that give the power: " + PowerSites.describe(p, PowerSites.powerPolicies(p)) + ".",
                PowerSites.locations(p, PowerSites.powerPolicies(p), trust)));
    }

    /** The AssumeRolePolicyDocument property, or the definition when it cannot be found. */
    private static Location trustSite(Principal p) {
        Optional<Node> resources =
                p.template().root() instanceof Node.ObjectNode root ? root.get("Resources") : Optional.empty();
        return resources
                .filter(Node.ObjectNode.class::isInstance)
                .flatMap(r -> ((Node.ObjectNode) r).get(p.name()))
                .filter(Node.ObjectNode.class::isInstance)
                .flatMap(r -> ((Node.ObjectNode) r).get("Properties"))
                .filter(Node.ObjectNode.class::isInstance)
                .flatMap(props -> ((Node.ObjectNode) props).member("AssumeRolePolicyDocument"))
                .map(m -> new Location(
                        ElementPath.ROOT
                                .value("Resources")
                                .value(p.name())
                                .value("Properties")
                                .value("AssumeRolePolicyDocument"),
                        m.nameSpan()))
                .orElse(p.definition());
    }
}
