package io.iamgate.analyze.local.condition;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionBlockCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** ForAllValues:Null is always true and ForAnyValue:Null always false: the set qualifier makes Null useless. */
@CheckInfo(
        issueCode = "NULL_WITH_QUALIFIER",
        findingType = FindingType.SUGGESTION,
        title = "Null with qualifier",
        anchor = "suggestion-null-with-qualifier")
public final class NullWithQualifierCheck extends PolicyCheck implements ConditionBlockCheck {

    @Override
    public void checkConditionBlock(
            CheckContext ctx, Statement statement, Statement.ConditionBlock block, FindingSink out) {
        ConditionOperator op = block.operator();
        if (op.base() == ConditionOperator.Base.Null && op.hasQualifier()) {
            String always = op.qualifier() == ConditionOperator.Qualifier.FOR_ALL_VALUES ? "true" : "false";
            out.report(finding(
                    "The operator " + op.text() + " always evaluates to " + always + ": the "
                            + "ForAllValues/ForAnyValue qualifiers do not combine with Null. Use Null without a qualifier.",
                    block.operatorKeyLocation()));
        }
    }
}
