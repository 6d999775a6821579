package io.iamgate.principal;

import io.iamgate.model.PolicyType;
import java.util.List;

/**
 * A service control policy or resource control policy of the repository, listed with the model: where it is
 * ({@code file}, {@code origin}), its {@code type}, the {@code targets} the repository names for it
 * (CloudFormation {@code TargetIds}; empty when it names none), the accounts whose principals it was applied
 * to, and, for a person, what was assumed ({@code note}, e.g. "not applied: targets unknown").
 */
public record OrganizationPolicy(
        String name,
        String file,
        String origin,
        PolicyType type,
        List<String> targets,
        List<String> appliedToAccounts,
        String note) {

    public OrganizationPolicy {
        targets = List.copyOf(targets);
        appliedToAccounts = List.copyOf(appliedToAccounts);
    }

    public boolean applied() {
        return !appliedToAccounts.isEmpty();
    }
}
