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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resource entries another entry of the same element already matches ({@code bucket-*} covers
 * {@code bucket-*}{@code /*}; a duplicate covers its twin): they add nothing and hide what was meant.
 */
@CheckInfo(issueCode = "REDUNDANT_RESOURCE", findingType = FindingType.SUGGESTION, title = "Redundant resource",
        anchor = "suggestion-redundant-resource")
public final class RedundantResourceCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        check(statement, "Resource", out);
        check(statement, "NotResource", out);
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
            if (WildcardText.hasWildcard(text)) {
                wildcards.add(i);
            }
        }
        for (int w : wildcards) {
            String wider = entries.get(w).value();
            // Cheap necessary conditions first: the wider's literal head and tail must be the narrower's too.
            String prefix = WildcardText.literalPrefix(wider);
            String suffix = WildcardText.literalSuffix(wider);
            for (int j = 0; j < entries.size(); j++) {
                String narrower = entries.get(j).value();
                if (j != w && !narrower.equals(wider) && narrower.startsWith(prefix) && narrower.endsWith(suffix)
                        && WildcardText.covers(wider, narrower)) {
                    groups.cover(w, j);
                }
            }
        }
        for (CoverGroups.Group group : groups.groups()) {
            List<Location> locations = new ArrayList<>();
            group.members().forEach(i -> locations.add(entries.get(i).location()));
            String redundant = entries.get(group.firstCovered()).value();
            out.report(finding("The " + group.members().size() + " resource ARN(s) are redundant because they "
                    + "reference the same resource. Review the use of wildcards (*), or remove the resource "
                    + redundant + " to remove the redundancy.", locations));
        }
    }
}
