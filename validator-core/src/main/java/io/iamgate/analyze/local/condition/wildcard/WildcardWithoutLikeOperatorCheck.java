package io.iamgate.analyze.local.condition.wildcard;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.condition.value.ValueText;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/**
 * StringEquals and friends compare literally: a * or ? in their values is a literal character, which is
 * rarely what the author meant. (The ARN operators all treat wildcards as patterns.)
 */
@CheckInfo(
        issueCode = "WILDCARD_WITHOUT_LIKE_OPERATOR",
        findingType = FindingType.WARNING,
        title = "Wildcard without like operator",
        anchor = "general-warning-wildcard-without-like-operator")
public final class WildcardWithoutLikeOperatorCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        ConditionOperator op = condition.operator();
        if (op.family() != ConditionOperator.Family.STRING || op.base().isLike()) {
            return;
        }
        for (ConditionValue v : condition.values()) {
            if (v.isString() && ValueText.hasWildcard(v.text())) {
                out.report(finding(
                        "The value \"" + v.text() + "\" of " + condition.key() + " contains * or ?, which "
                                + op.text() + " compares literally. If you meant a wildcard, use the Like form of the "
                                + "operator (StringLike or StringNotLike); for a literal * or ? write ${*} or ${?}.",
                        v.location()));
            }
        }
    }
}
