package io.iamgate.analyze.local.condition.global;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.condition.ConditionKeys;
import io.iamgate.analyze.local.condition.value.ValueText;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import io.iamgate.reference.GlobalConditionKeys;
import io.iamgate.reference.IamReference;
import io.iamgate.reference.Partitions;
import java.util.Locale;

/**
 * A Region key (aws:RequestedRegion, or a service's own "svc:Region") compared with a code that is no Region:
 * no request ever carries it. Patterns and policy variables are not judged; the IgnoreCase operators compare
 * in any case.
 */
@CheckInfo(
        issueCode = "INVALID_REGION",
        findingType = FindingType.ERROR,
        title = "Invalid Region",
        anchor = "error-invalid-region")
public final class InvalidRegionCheck extends PolicyCheck implements ConditionCheck {

    private final Partitions partitions;

    public InvalidRegionCheck() {
        this(IamReference.bundled().partitions());
    }

    public InvalidRegionCheck(Partitions partitions) {
        this.partitions = partitions;
    }

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        ConditionOperator op = condition.operator();
        if (op.family() != ConditionOperator.Family.STRING || !isRegionKey(condition.key())) {
            return;
        }
        boolean ignoreCase = op.base() == ConditionOperator.Base.StringEqualsIgnoreCase
                || op.base() == ConditionOperator.Base.StringNotEqualsIgnoreCase;
        for (ConditionValue v : condition.values()) {
            String t = v.text();
            if (!v.isString() || ValueText.hasWildcard(t) || ValueText.hasVariable(t)) {
                continue;
            }
            if (!partitions.isRegion(ignoreCase ? t.toLowerCase(Locale.ROOT) : t)) {
                out.report(finding(
                        "The Region " + t + " of " + condition.key() + " is not an AWS Region code. "
                                + "Use a code such as us-east-1 or eu-west-3 (lowercase).",
                        v.location()));
            }
        }
    }

    private static boolean isRegionKey(String key) {
        if (ConditionKeys.is(key, "aws:RequestedRegion")) {
            return true;
        }
        int colon = key.indexOf(':');
        return colon > 0
                && !GlobalConditionKeys.hasGlobalPrefix(key)
                && key.substring(colon + 1).equalsIgnoreCase("Region");
    }
}
