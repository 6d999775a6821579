package io.iamgate.analyze.principals;

import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.principal.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IAMGATE_PRINCIPAL_BOUNDARY_BOUNDS_NOTHING: the permissions boundary allows every action on every resource
 * without a limiting condition and denies nothing, so it caps nothing while looking like a control.
 */
public final class BoundaryBoundsNothingCheck implements PrincipalRule {

    public static final Info INFO = new Info(
            "IAMGATE_PRINCIPAL_BOUNDARY_BOUNDS_NOTHING",
            FindingType.WARNING,
            "Permissions boundary that bounds nothing");

    @Override
    public Info info() {
        return INFO;
    }

    @Override
    public Optional<Result> check(Principal p) {
        if (!p.permissions().boundaryBoundsNothing()) {
            return Optional.empty();
        }
        List<Location> locations = new ArrayList<>(List.of(p.definition()));
        p.boundary().map(b -> b.site()).filter(s -> s != null).ifPresent(locations::add);
        String name = p.boundary().map(b -> b.name()).orElse("");
        return Optional.of(new Result(
                PowerSites.kind(p) + " " + p.name() + " has the permissions boundary '" + name
                        + "', which allows every action on every resource: it bounds nothing. Make the boundary allow only"
                        + " what principals of this kind may ever do (and deny iam:PassRole and IAM changes if they must"
                        + " not escalate).",
                locations));
    }
}
