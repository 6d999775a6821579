package io.iamgate.analyze.local.redundancy;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ElementLocations;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.analyze.local.action.ActionExpansions;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.Statement;
import io.iamgate.reference.Action;
import io.iamgate.reference.ActionPattern;
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
 * <p>Cost, for lists of hundreds of entries: duplicates are found through a hash of the lowercase text;
 * only wildcard entries are compared with others, only with entries of a service they can cover, and a
 * literal entry only when it starts with the wildcard's literal prefix. Expansions over the reference
 * are memoised per policy ({@link ActionExpansions}). No regex. Wildcards compared with wildcards are still
 * pairs (n² for n wildcard entries of one service, or of any service for {@code *:...} entries): that work
 * is bounded by a {@link PairBudget}, with a finding saying the comparison stopped when it runs out.
 */
@CheckInfo(
        issueCode = "REDUNDANT_ACTION",
        findingType = FindingType.SUGGESTION,
        title = "Redundant action",
        anchor = "suggestion-redundant-action")
public final class RedundantActionCheck extends PolicyCheck implements StatementCheck {

    private final long budgetUnits;

    public RedundantActionCheck() {
        this(PairBudget.UNITS);
    }

    /** With a smaller bound on comparisons per element, for tests of what happens when it runs out. */
    RedundantActionCheck(long budgetUnits) {
        this.budgetUnits = budgetUnits;
    }

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        check(ctx, statement, "Action", out);
        check(ctx, statement, "NotAction", out);
    }

    private void check(CheckContext ctx, Statement statement, String element, FindingSink out) {
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
        String[] lowerAction = new String[n];
        CoverGroups groups = new CoverGroups(n);
        Map<String, Integer> firstByText = new HashMap<>();
        Map<String, List<Integer>> byService = new HashMap<>();
        List<Integer> wildcards = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = entries.get(i).value();
            patterns[i] = ActionExpansions.pattern(ctx, text);
            lowerAction[i] = patterns[i].actionPart().toLowerCase(Locale.ROOT);
            Integer twin = firstByText.putIfAbsent(text.toLowerCase(Locale.ROOT), i);
            if (twin != null) {
                groups.cover(twin, i);
            }
            if (patterns[i].isWellFormed()) {
                byService
                        .computeIfAbsent(patterns[i].servicePart().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(i);
                if (patterns[i].hasWildcard()) {
                    wildcards.add(i);
                }
            }
        }
        List<Integer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        PairBudget budget = new PairBudget(budgetUnits);
        compare:
        for (int w : wildcards) {
            ActionPattern wider = patterns[w];
            List<Integer> candidates = wider.serviceHasWildcard()
                    ? all
                    : byService.getOrDefault(wider.servicePart().toLowerCase(Locale.ROOT), List.of());
            String prefix = literalPrefix(wider.serviceHasWildcard() ? "" : lowerAction[w]);
            for (int j : candidates) {
                if (!budget.spend(1)) {
                    break compare;
                }
                ActionPattern narrower = patterns[j];
                if (j == w || !narrower.isWellFormed() || narrower.text().equalsIgnoreCase(wider.text())) {
                    continue;
                }
                boolean samePrefix = lowerAction[j].startsWith(prefix);
                if (!samePrefix && !narrower.hasWildcard()) {
                    continue; // a literal action the wildcard cannot match
                }
                if (samePrefix && !budget.spend(PairBudget.patternComparison(wider.text(), narrower.text()))) {
                    break compare;
                }
                if (samePrefix && wider.covers(narrower)) {
                    groups.cover(w, j);
                } else if (narrower.hasWildcard()) {
                    int examined = coveredByReference(wider, ActionExpansions.actions(ctx, narrower.text()));
                    if (!budget.spend(Math.abs(examined))) {
                        break compare;
                    }
                    if (examined > 0) {
                        groups.cover(w, j);
                    }
                }
            }
        }
        for (CoverGroups.Group group : groups.groups()) {
            List<Location> locations = new ArrayList<>();
            group.members().forEach(i -> locations.add(entries.get(i).location()));
            String redundant = entries.get(group.firstCovered()).value();
            out.report(finding(
                    "The " + group.members().size() + " action(s) are redundant because they provide "
                            + "similar permissions. Update the policy to remove the redundant action such as: "
                            + redundant
                            + ".",
                    locations));
        }
        if (budget.exhausted()) {
            ElementLocations.value(statement, element)
                    .ifPresent(at -> out.report(finding(PairBudget.note(element, n, "actions"), at)));
        }
    }

    private static String literalPrefix(String lowerAction) {
        int i = 0;
        while (i < lowerAction.length() && lowerAction.charAt(i) != '*' && lowerAction.charAt(i) != '?') {
            i++;
        }
        return lowerAction.substring(0, i);
    }

    /**
     * Whether every known action the narrower wildcard matches ({@code theirs}, at least one) is matched by
     * the wider one: the number of actions examined, positive when it is, negative (or 0) when not.
     */
    private static int coveredByReference(ActionPattern wider, List<Action> theirs) {
        int examined = 0;
        for (Action action : theirs) {
            examined++;
            if (!wider.matches(action)) {
                return -examined;
            }
        }
        return examined;
    }
}
