package io.iamgate.analyze.local.redundancy;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ElementLocations;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.Statement;
import io.iamgate.reference.Glob;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resource entries another entry of the same element already matches ({@code bucket-*} covers
 * {@code bucket-*}{@code /*}; a duplicate covers its twin): they add nothing and hide what was meant.
 *
 * <p>Cost: duplicates through a hash; a wildcard entry is compared only with the entries that start with
 * its literal head (a range of the entries sorted by text, found by binary search), so typical lists take
 * O(n log n). Lists built to defeat that (every entry {@code arn:aws:s3:::*...}) are bounded by a
 * {@link PairBudget}, with a finding saying the comparison stopped.
 */
@CheckInfo(
        issueCode = "REDUNDANT_RESOURCE",
        findingType = FindingType.SUGGESTION,
        title = "Redundant resource",
        anchor = "suggestion-redundant-resource")
public final class RedundantResourceCheck extends PolicyCheck implements StatementCheck {

    private final long budgetUnits;

    public RedundantResourceCheck() {
        this(PairBudget.UNITS);
    }

    /** With a smaller bound on comparisons per element, for tests of what happens when it runs out. */
    RedundantResourceCheck(long budgetUnits) {
        this.budgetUnits = budgetUnits;
    }

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        check(statement, "Resource", out);
        check(statement, "NotResource", out);
    }

    private static int firstAtOrAfter(String[] sorted, String prefix) {
        int k = Arrays.binarySearch(sorted, prefix);
        if (k < 0) {
            return -k - 1;
        }
        while (k > 0 && sorted[k - 1].equals(prefix)) {
            k--;
        }
        return k;
    }

    private void check(Statement statement, String element, FindingSink out) {
        List<ElementEntry> entries = new ArrayList<>();
        for (ElementEntry e : statement.resourceEntries()) {
            if (e.element().equals(element)) {
                entries.add(e);
            }
        }
        if (entries.size() < 2) {
            return;
        }
        CoverGroups groups = new CoverGroups(entries.size());
        Map<String, Integer> firstByText = new HashMap<>();
        List<Integer> wildcards = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String text = entries.get(i).value();
            Integer twin = firstByText.putIfAbsent(text, i);
            if (twin != null) {
                groups.cover(twin, i);
            }
            if (Glob.hasWildcard(text)) {
                wildcards.add(i);
            }
        }
        // Sorted by text, the entries that start with a wildcard's literal head are one range (binary search).
        Integer[] sorted = new Integer[entries.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i;
        }
        Arrays.sort(
                sorted,
                Comparator.comparing((Integer i) -> entries.get(i).value()).thenComparing(i -> i));
        String[] sortedText = new String[sorted.length];
        for (int k = 0; k < sorted.length; k++) {
            sortedText[k] = entries.get(sorted[k]).value();
        }
        PairBudget budget = new PairBudget(budgetUnits);
        compare:
        for (int w : wildcards) {
            String wider = entries.get(w).value();
            // Cheap necessary conditions first: the wider's literal head and tail must be the narrower's too.
            String prefix = WildcardText.literalPrefix(wider);
            String suffix = WildcardText.literalSuffix(wider);
            for (int k = firstAtOrAfter(sortedText, prefix);
                    k < sortedText.length && sortedText[k].startsWith(prefix);
                    k++) {
                int j = sorted[k];
                String narrower = sortedText[k];
                if (!budget.spend(1)) {
                    break compare;
                }
                if (j != w && !narrower.equals(wider) && narrower.endsWith(suffix)) {
                    if (!budget.spend(PairBudget.patternComparison(wider, narrower))) {
                        break compare;
                    }
                    if (WildcardText.covers(wider, narrower)) {
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
                    "The " + group.members().size() + " resource ARN(s) are redundant because they "
                            + "reference the same resource. Review the use of wildcards (*), or remove the resource "
                            + redundant + " to remove the redundancy.",
                    locations));
        }
        if (budget.exhausted()) {
            ElementLocations.value(statement, element)
                    .ifPresent(at -> out.report(finding(PairBudget.note(element, entries.size(), "resources"), at)));
        }
    }
}
