package io.iamgate.principal;

import java.util.List;

/**
 * Who can become a role, from its trust policy: the principals it names, and whether anyone at all
 * (a public principal without a condition that limits who), any repository of a GitHub organisation
 * (token.actions.githubusercontent.com with no {@code sub} or a {@code sub} whose repository is a
 * wildcard), or another AWS account can.
 */
public record TrustSummary(List<String> principals, boolean anyone, boolean anyGithubRepository,
        List<String> otherAccounts) {

    public static final TrustSummary NONE = new TrustSummary(List.of(), false, false, List.of());

    public TrustSummary {
        principals = List.copyOf(principals);
        otherAccounts = List.copyOf(otherAccounts);
    }

    /** Whether someone outside the account, or without an identity in it, can assume the role. */
    public boolean openToOutsiders() {
        return anyone || anyGithubRepository || !otherAccounts.isEmpty();
    }

    /** For a person to read. */
    public String describe() {
        if (anyone) {
            return "anyone (a public principal)";
        }
        if (anyGithubRepository) {
            return "any GitHub repository the token's subject allows (no repository pinned)";
        }
        if (!otherAccounts.isEmpty()) {
            return "other AWS accounts: " + String.join(", ", otherAccounts);
        }
        return principals.isEmpty() ? "nobody named" : String.join(", ", principals);
    }
}
