package io.iamgate.analyze.local.redundancy;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.Statement;
import io.iamgate.reference.Action;
import io.iamgate.reference.ActionPattern;
import io.iamgate.reference.IamReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Action entries another entry of the same element already grants: duplicates (case-insensitive) and
 * entries a wildcard covers, by pattern or by every action of the reference the entry matches
 * ({@code ecs:Describe*} covers {@code ecs:DescribeClusters}).
 *
 * <p>Cost: literal entries are compared through a hash of their lowercase text; only wildcard entries
 * are compared with the others, each against the actions the other matches, expanded once per statement.
 */
@CheckInfo(issueCode = "REDUNDANT_ACTION", findingType = FindingType.SUGGESTION, title = "Redundant action",
        anchor = "suggestion-redundant-action")
public final class RedundantActionCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        check(ctx.reference(), statement, "Action", out);
        check(ctx.reference(), statement, "NotAction", out);
    }

    private void check(IamReference reference, Statement statement, String element, FindingSink out) {
        List<ElementEntry> entries = new ArrayList<>();
        for (ElementEntry e : statement.actionEntries()) {
            if (e.element().equals(element)) {
                entries.add(e);
            }
        }
        int n = entries.size();
        if (n < 2) {
            return;
        }
        ActionPattern[] patterns = new ActionPattern[n];
        CoverGroups groups = new CoverGroups(n);
        Map<String, Integer> firstByText = new HashMap<>();
        List<Integer> wildcards = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            patterns[i] = ActionPattern.parse(entries.get(i).value());
            Integer twin = firstByText.putIfAbsent(entries.get(i).value().toLowerCase(Locale.ROOT), i);
            if (twin != null) {
                groups.cover(twin, i);
            }
            if (patterns[i].isWellFormed() && patterns[i].hasWildcard()) {
                wildcards.add(i);
            }
        }
        if (!wildcards.isEmpty()) {
            List<List<Action>> expanded = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                expanded.add(null);
            }
            for (int w : wildcards) {
                ActionPattern wider = patterns[w];
                for (int j = 0; j < n; j++) {
                    if (j == w || patterns[j].text().equalsIgnoreCase(wider.text()) || !patterns[j].isWellFormed()) {
                        continue;
                    }
                    if (coversByText(wider, patterns[j]) || coversByReference(reference, wider, patterns[j], expanded, j)) {
                        groups.cover(w, j);
                    }
                }
            }
        }
        for (CoverGroups.Group group : groups.groups()) {
            List<Location> locations = new ArrayList<>();
            group.members().forEach(i -> locations.add(entries.get(i).location()));
            String redundant = entries.get(group.firstCovered()).value();
            out.report(finding("The " + group.members().size() + " action(s) are redundant because they provide "
                    + "similar permissions. Update the policy to remove the redundant action such as: " + redundant
                    + ".", locations));
        }
    }

    private static boolean coversByText(ActionPattern wider, ActionPattern narrower) {
        return wider.covers(narrower);
    }

    private static boolean coversByReference(IamReference reference, ActionPattern wider, ActionPattern narrower,
            List<List<Action>> expanded, int j) {
        List<Action> theirs = expanded.get(j);
        if (theirs == null) {
            theirs = narrower.matches(reference);
            expanded.set(j, theirs);
        }
        if (theirs.isEmpty() || !wider.matches(theirs.get(0))) {
            return false;
        }
        for (Action action : theirs) {
            if (!wider.matches(action)) {
                return false;
            }
        }
        return true;
    }
}
