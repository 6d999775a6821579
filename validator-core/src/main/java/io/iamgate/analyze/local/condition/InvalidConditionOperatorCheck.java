package io.iamgate.analyze.local.condition;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionBlockCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** An operator name IAM does not know (names are case-sensitive): IAM rejects the policy. */
@CheckInfo(
        issueCode = "INVALID_CONDITION_OPERATOR",
        findingType = FindingType.ERROR,
        title = "Invalid condition operator",
        anchor = "error-invalid-condition-operator")
public final class InvalidConditionOperatorCheck extends PolicyCheck implements ConditionBlockCheck {

    @Override
    public void checkConditionBlock(
            CheckContext ctx, Statement statement, Statement.ConditionBlock block, FindingSink out) {
        if (!block.operator().isValid()) {
            out.report(finding(
                    "The condition operator " + block.operator().text() + " is not an IAM condition "
                            + "operator. Use one such as StringEquals, StringLike, ArnLike, NumericLessThan, DateGreaterThan, "
                            + "Bool, IpAddress or Null, optionally with a ForAllValues:/ForAnyValue: prefix or the IfExists "
                            + "suffix; operator names are case-sensitive.",
                    block.operatorKeyLocation()));
        }
    }
}
