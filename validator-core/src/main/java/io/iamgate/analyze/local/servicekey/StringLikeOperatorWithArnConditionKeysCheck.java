package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.condition.ConditionKeys;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator.Base;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import io.iamgate.reference.ConditionKeyType;

/**
 * StringLike on an ARN key: its {@code *} also spans the colons between ARN fields, so a pattern meant
 * for one field can match another's; ArnLike matches field by field.
 */
@CheckInfo(
        issueCode = "STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS",
        findingType = FindingType.SECURITY_WARNING,
        title = "String like operator with ARN condition keys",
        anchor = "security-warning-string-like-operator-with-arn-condition-keys")
public final class StringLikeOperatorWithArnConditionKeysCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        Base base = condition.operator().base();
        if (base != Base.StringLike && base != Base.StringNotLike) {
            return;
        }
        ConditionKeys.definition(ctx.reference(), condition.key())
                .filter(d -> d.type().elementType() == ConditionKeyType.ARN)
                .ifPresent(d -> out.report(finding(
                        "Use the operator type ARN instead of operator string for the "
                                + "condition key " + condition.key() + ": replace "
                                + condition.operator().text() + " with "
                                + condition
                                        .operator()
                                        .text()
                                        .replace("StringNotLike", "ArnNotLike")
                                        .replace("StringLike", "ArnLike")
                                + ", which matches the ARN field by field.",
                        condition.keyLocation())));
    }
}
