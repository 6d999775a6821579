package io.iamgate.diff;

import io.iamgate.principal.TrustSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who can newly assume a role, and who no longer can: principals named in the trust policy, and whether anyone
 * at all, any repository of a GitHub organisation or another account has newly become able to.
 */
public record TrustChange(
        List<String> added,
        List<String> removed,
        boolean nowAnyone,
        boolean nowAnyGithubRepository,
        List<String> newAccounts) {

    public static final TrustChange NONE = new TrustChange(List.of(), List.of(), false, false, List.of());

    public TrustChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        newAccounts = List.copyOf(newAccounts);
    }

    static TrustChange between(Optional<TrustSummary> head, Optional<TrustSummary> base) {
        if (head.isEmpty() && base.isEmpty()) {
            return NONE;
        }
        TrustSummary h = head.orElse(TrustSummary.NONE);
        TrustSummary b = base.orElse(TrustSummary.NONE);
        List<String> added = new ArrayList<>(h.principals());
        added.removeAll(b.principals());
        List<String> removed = new ArrayList<>(b.principals());
        removed.removeAll(h.principals());
        List<String> accounts = new ArrayList<>(h.otherAccounts());
        accounts.removeAll(b.otherAccounts());
        return new TrustChange(
                added,
                removed,
                h.anyone() && !b.anyone(),
                h.anyGithubRepository() && !b.anyGithubRepository(),
                accounts);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && !nowAnyone && !nowAnyGithubRepository && newAccounts.isEmpty();
    }

    /** Whether more can assume the role than before (a principal added, or newly open). */
    public boolean widened() {
        return !added.isEmpty() || nowAnyone || nowAnyGithubRepository || !newAccounts.isEmpty();
    }
}
