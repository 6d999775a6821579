package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.condition.ConditionKeys;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** A multivalued key compared without ForAllValues/ForAnyValue: IAM's answer is then undefined for several values. */
@CheckInfo(
        issueCode = "MISSING_QUALIFIER",
        findingType = FindingType.ERROR,
        title = "Missing qualifier",
        anchor = "error-missing-qualifier")
public final class MissingQualifierCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        ConditionOperator op = condition.operator();
        if (!op.isValid() || op.hasQualifier() || op.base() == ConditionOperator.Base.Null) {
            return;
        }
        ConditionKeys.definition(ctx.reference(), condition.key())
                .filter(d -> d.multivalued())
                .ifPresent(d -> out.report(finding(
                        "The request context key " + condition.key() + " has multiple values. Use the "
                                + "ForAllValues or ForAnyValue condition key qualifiers in your policy (ForAnyValue:"
                                + op.text() + " matches when any value matches).",
                        condition.keyLocation())));
    }
}
