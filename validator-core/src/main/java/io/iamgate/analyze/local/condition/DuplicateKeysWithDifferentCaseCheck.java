package io.iamgate.analyze.local.condition;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionBlockCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import java.util.List;

/**
 * Condition key names are case-insensitive, so aws:PrincipalTag/team and aws:principaltag/team under one
 * operator are the same key twice. Reported on each later spelling.
 */
@CheckInfo(
        issueCode = "DUPLICATE_KEYS_WITH_DIFFERENT_CASE",
        findingType = FindingType.ERROR,
        title = "Duplicate keys with different case",
        anchor = "error-duplicate-keys-with-different-case")
public final class DuplicateKeysWithDifferentCaseCheck extends PolicyCheck implements ConditionBlockCheck {

    @Override
    public void checkConditionBlock(
            CheckContext ctx, Statement statement, Statement.ConditionBlock block, FindingSink out) {
        List<ConditionEntry> entries = block.entries();
        for (int i = 1; i < entries.size(); i++) {
            String key = entries.get(i).key();
            for (int j = 0; j < i; j++) {
                String earlier = entries.get(j).key();
                if (!earlier.equals(key) && earlier.equalsIgnoreCase(key)) {
                    out.report(finding(
                            "The condition key " + key + " repeats " + earlier + " with different "
                                    + "capitalization under " + block.operator().text()
                                    + "; key names are case-insensitive."
                                    + " Keep one of them and merge their values.",
                            entries.get(i).keyLocation()));
                    break;
                }
            }
        }
    }
}
