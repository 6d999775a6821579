package io.iamgate.analyze.local.condition.value;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator.Base;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Several values under a NumericLessThan/GreaterThan operator are OR-ed, so only the loosest bound counts:
 * the greatest for LessThan(Equals), the least for GreaterThan(Equals).
 */
@CheckInfo(
        issueCode = "REDUNDANT_CONDITION_VALUE_NUM",
        findingType = FindingType.SUGGESTION,
        title = "Redundant condition value num",
        anchor = "suggestion-redundant-condition-value-num")
public final class RedundantConditionValueNumCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        Base base = condition.operator().base();
        boolean lessThan = base == Base.NumericLessThan || base == Base.NumericLessThanEquals;
        boolean greaterThan = base == Base.NumericGreaterThan || base == Base.NumericGreaterThanEquals;
        if ((!lessThan && !greaterThan) || condition.values().size() < 2) {
            return;
        }
        ConditionValue loosest = null;
        BigDecimal bound = null;
        for (ConditionValue v : condition.values()) {
            Optional<BigDecimal> n = IamNumber.parse(v.text());
            if (n.isEmpty()) {
                return;
            }
            if (bound == null
                    || (lessThan ? n.get().compareTo(bound) > 0 : n.get().compareTo(bound) < 0)) {
                bound = n.get();
                loosest = v;
            }
        }
        out.report(finding(
                "The values of " + condition.key() + " under "
                        + condition.operator().text() + " are "
                        + "alternatives, so only the " + (lessThan ? "greatest" : "least") + " one, " + loosest.text()
                        + ", has an effect. Replace them with that single value.",
                condition.valueLocation()));
    }
}
