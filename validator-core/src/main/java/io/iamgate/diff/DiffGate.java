package io.iamgate.diff;

import io.iamgate.access.AccessEntry;
import io.iamgate.access.ActionSet;
import io.iamgate.config.DiffCategory;
import io.iamgate.config.DiffSettings;
import io.iamgate.reference.Action;
import io.iamgate.reference.ActionPattern;
import io.iamgate.reference.IamReference;
import java.util.ArrayList;
import java.util.List;

/** Decides which changes block, by the categories and lists of {@link DiffSettings}. */
final class DiffGate {

    private final DiffSettings settings;
    private final ActionSet listed;

    DiffGate(DiffSettings settings, IamReference reference) {
        this.settings = settings;
        List<Action> actions = new ArrayList<>();
        for (String p : settings.blockActions()) {
            actions.addAll(ActionPattern.parse(p).matches(reference));
        }
        for (Action a : reference.allActions()) {
            if (settings.blockAccessLevels().contains(a.accessLevel())) {
                actions.add(a);
            }
        }
        this.listed = ActionSet.of(reference, actions);
    }

    List<SubjectChange.Block> blocks(Subject head, Subject base, List<SubjectChange.Access> added, TrustChange trust) {
        List<SubjectChange.Block> out = new ArrayList<>();
        if (head == null) {
            return out;
        }
        AccessEntry.Site where =
                added.isEmpty() ? definition(head) : added.get(0).entry().site();
        String who = head.describe();
        if (settings.blocks(DiffCategory.ADMINISTRATOR)
                && head.administrator()
                && (base == null || !base.administrator())) {
            out.add(block(
                    DiffCategory.ADMINISTRATOR,
                    who + " becomes administrator-equivalent: every IAM action, or "
                            + "every action, is now allowed on every resource",
                    where));
        }
        if (settings.blocks(DiffCategory.ESCALATION)) {
            List<String> paths = new ArrayList<>(head.escalations());
            if (base != null) {
                paths.removeAll(base.escalations());
            }
            if (!paths.isEmpty()) {
                out.add(block(
                        DiffCategory.ESCALATION,
                        who + " gains a privilege-escalation path: " + String.join(", ", paths),
                        where));
            }
        }
        if (settings.blocks(DiffCategory.PUBLIC_TRUST) && (trust.nowAnyone() || trust.nowAnyGithubRepository())) {
            out.add(block(
                    DiffCategory.PUBLIC_TRUST,
                    who + " can now be assumed by "
                            + (trust.nowAnyone()
                                    ? "anyone (a public principal)"
                                    : "any repository of a GitHub organisation (no repository pinned)"),
                    definition(head)));
        }
        if (settings.blocks(DiffCategory.CROSS_ACCOUNT_TRUST)
                && !trust.newAccounts().isEmpty()) {
            out.add(block(
                    DiffCategory.CROSS_ACCOUNT_TRUST,
                    who + " can now be assumed from the account(s) " + String.join(", ", trust.newAccounts()),
                    definition(head)));
        }
        if (settings.blocks(DiffCategory.PUBLIC_POLICY)
                && head.publicPolicy()
                && (base == null || !base.publicPolicy())) {
            out.add(block(
                    DiffCategory.PUBLIC_POLICY,
                    who + " now grants access to anyone (a public principal "
                            + "without a condition that limits the caller)",
                    where));
        }
        if (!listed.isEmpty()) {
            for (SubjectChange.Access a : added) {
                ActionSet hit = a.entry().actions().intersect(listed);
                if (!hit.isEmpty()) {
                    out.add(block(
                            DiffCategory.LISTED_ACCESS,
                            who + " gains " + String.join(", ", hit.describe(10)) + " on "
                                    + a.entry().resource() + ", listed as blocking in the diff configuration",
                            a.entry().site()));
                }
            }
        }
        return out;
    }

    private static SubjectChange.Block block(DiffCategory c, String reason, AccessEntry.Site site) {
        return new SubjectChange.Block(c, c.issueCode(), reason, site);
    }

    private static AccessEntry.Site definition(Subject s) {
        return new AccessEntry.Site(s.file(), Math.max(1, s.line()), 0, s.name(), -1, "");
    }
}
