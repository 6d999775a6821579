package io.iamgate.principal;

import io.iamgate.access.EffectivePermissions;
import io.iamgate.access.EscalationPath;
import io.iamgate.load.ParsedJson;
import io.iamgate.model.Location;
import java.util.List;
import java.util.Optional;

/**
 * A role, user or group as deployed: where it is defined ({@code file}, {@code origin} such as
 * {@code Resources.DeployRole}, {@code definition} in the template text, which {@code template} holds), its
 * policies (a user's include its groups'), boundary, trust, the links that could not be followed, and what
 * that adds up to.
 */
public record Principal(
        String name,
        PrincipalKind kind,
        String file,
        String origin,
        Location definition,
        ParsedJson template,
        String arn,
        List<Attachment> policies,
        Optional<Attachment> boundary,
        List<String> groups,
        TrustSummary trust,
        List<UnknownLink> unknownLinks,
        EffectivePermissions permissions,
        boolean administratorEquivalent,
        List<EscalationPath> escalationPaths) {

    public Principal {
        policies = List.copyOf(policies);
        groups = List.copyOf(groups);
        unknownLinks = List.copyOf(unknownLinks);
        escalationPaths = List.copyOf(escalationPaths);
    }

    /** The line of the definition in its file (1-based). */
    public int line() {
        return definition.span().start().line();
    }

    /** Administrator-equivalent or holding an escalation path. */
    public boolean powerful() {
        return administratorEquivalent || !escalationPaths.isEmpty();
    }

    /** The attachment of a policy by the name grants carry. */
    public Optional<Attachment> policy(String name) {
        return policies.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
