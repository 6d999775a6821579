package io.iamgate.analyze.local.condition.key;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.condition.ConditionKeys;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import java.util.List;
import java.util.Map;

/**
 * Keys that are only meaningful next to a related key. aws:VpcSourceIp is a private address, and the same
 * private range exists in every VPC: without aws:SourceVpc (or aws:SourceVpce) an Allow on it admits any VPC.
 */
@CheckInfo(
        issueCode = "MISSING_PAIRED_CONDITION_KEYS",
        findingType = FindingType.SECURITY_WARNING,
        title = "Missing paired condition keys",
        anchor = "security-warning-missing-paired-condition-keys")
public final class MissingPairedConditionKeysCheck extends PolicyCheck implements ConditionCheck {

    /** Key (lowercase) to the keys any one of which completes it. */
    private static final Map<String, List<String>> PAIRS =
            Map.of("aws:vpcsourceip", List.of("aws:SourceVpc", "aws:SourceVpce"));

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        List<String> partners = PAIRS.get(ConditionKeys.lower(condition.key()));
        if (partners == null || !statement.isAllow()) {
            return;
        }
        for (String partner : partners) {
            if (ConditionKeys.statementHasKey(statement, partner)) {
                return;
            }
        }
        out.report(finding(
                "The condition key " + condition.key() + " alone can be overly permissive: the same "
                        + "private addresses exist in every VPC. Add " + String.join(" or ", partners) + " to the same "
                        + "Condition element to name the network.",
                condition.keyLocation()));
    }
}
