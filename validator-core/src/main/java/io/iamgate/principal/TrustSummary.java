package io.iamgate.principal;

import java.util.List;

/**
 * Who can become a role, from its trust policy: the principals it names, and whether anyone at all
 * (a public principal without a condition that limits who), any repository of a GitHub organisation
 * (token.actions.githubusercontent.com with no {@code sub} or a {@code sub} whose repository is a
 * wildcard), and the AWS accounts other than the stack's own (placeholder) account that it names.
 */
public record TrustSummary(
        List<String> principals, boolean anyone, boolean anyGithubRepository, List<String> otherAccounts) {

    public static final TrustSummary NONE = new TrustSummary(List.of(), false, false, List.of());

    public TrustSummary {
        principals = List.copyOf(principals);
        otherAccounts = List.copyOf(otherAccounts);
    }

    /**
     * Whether anyone at all, or any repository of a GitHub organisation, can assume the role. Accounts named
     * by number are listed in {@link #otherAccounts} but not judged: a template does not say which account it
     * is deployed to, so its own account written out would look foreign.
     */
    public boolean openToOutsiders() {
        return anyone || anyGithubRepository;
    }

    /** For a person to read. */
    public String describe() {
        if (anyone) {
            return "anyone (a public principal)";
        }
        if (anyGithubRepository) {
            return "any GitHub repository the token's subject allows (no repository pinned)";
        }
        return principals.isEmpty() ? "nobody named" : String.join(", ", principals);
    }
}
