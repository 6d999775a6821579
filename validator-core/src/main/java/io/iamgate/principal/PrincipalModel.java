package io.iamgate.principal;

import io.iamgate.model.PolicyUnit;
import java.util.List;

/**
 * The principals of a run, in file and definition order, the policy units that are only ever used
 * as a permissions boundary (which grant nothing, so grant findings do not apply to them), and the SCPs and
 * RCPs of the repository with whether they were applied.
 */
public record PrincipalModel(
        List<Principal> principals, List<PolicyUnit> boundaryOnly, List<OrganizationPolicy> organizationPolicies) {

    public static final PrincipalModel EMPTY = new PrincipalModel(List.of(), List.of());

    public PrincipalModel {
        principals = List.copyOf(principals);
        boundaryOnly = List.copyOf(boundaryOnly);
        organizationPolicies = List.copyOf(organizationPolicies);
    }

    public PrincipalModel(List<Principal> principals, List<PolicyUnit> boundaryOnly) {
        this(principals, boundaryOnly, List.of());
    }

    /** By identity: a unit is one policy found in one place. */
    public boolean isBoundaryOnly(PolicyUnit unit) {
        return boundaryOnly.stream().anyMatch(u -> u == unit);
    }
}
