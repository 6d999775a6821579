package io.iamgate.analyze.principals;

import io.iamgate.model.FindingType;
import io.iamgate.principal.AttachmentKind;
import io.iamgate.principal.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * IAMGATE_PRINCIPAL_ADMINISTRATOR: the principal's policies together (AWS managed ones included) allow every
 * action, or all of IAM, on every resource without a limiting condition, after Deny statements and boundary.
 * When one policy whose text is in the repository does that alone, the per-policy IAMGATE_ADMIN_WILDCARD
 * already says so at its statement, and this finding is not repeated.
 */
public final class AdministratorEquivalentPrincipalCheck implements PrincipalRule {

    public static final Info INFO = new Info(
            "IAMGATE_PRINCIPAL_ADMINISTRATOR", FindingType.SECURITY_WARNING, "Administrator-equivalent principal");

    @Override
    public Info info() {
        return INFO;
    }

    @Override
    public Optional<Result> check(Principal p) {
        if (!p.administratorEquivalent() || adminInOneRepositoryPolicy(p)) {
            return Optional.empty();
        }
        Set<String> policies = PowerSites.administratorPolicies(p);
        return Optional.of(new Result(
                PowerSites.kind(p) + " " + p.name() + " is an administrator of the account: "
                        + PowerSites.describe(p, policies) + (policies.size() == 1 ? " allows" : " together allow")
                        + " every action, or all of IAM, on every resource without"
                        + " a limiting condition"
                        + (p.boundary().isPresent() ? ", and its permissions boundary does not cut" + " that" : "")
                        + ". Grant the actions the workload needs, or add a permissions boundary.",
                PowerSites.locations(p, policies)));
    }

    private static boolean adminInOneRepositoryPolicy(Principal p) {
        return p.permissions().policies().stream()
                .filter(g -> p.policy(g.policy())
                        .filter(a -> a.kind() != AttachmentKind.AWS_MANAGED)
                        .isPresent())
                .anyMatch(g -> p.permissions().only(g).isAdministratorEquivalent());
    }
}
