package io.iamgate.analyze.local.condition.key;

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

/**
 * dynamodb:Attributes limits the attributes a request names, but a read without a projection names none and
 * returns them all; only dynamodb:Select = SPECIFIC_ATTRIBUTES forces a projection.
 */
@CheckInfo(
        issueCode = "DYNAMODB_ATTRIBUTES_WITHOUT_SELECT",
        findingType = FindingType.SECURITY_WARNING,
        title = "DynamoDB attributes without select",
        anchor = "security-warning-dynamodb-attributes-without-select")
public final class DynamoDbAttributesWithoutSelectCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (!statement.isAllow() || !ConditionKeys.is(condition.key(), "dynamodb:Attributes")) {
            return;
        }
        if (ConditionKeys.statementTests(
                statement, ConditionOperator.Base.StringEquals, true, "dynamodb:Select", "SPECIFIC_ATTRIBUTES")) {
            return;
        }
        out.report(finding(
                "dynamodb:Attributes restricts only the attributes a request names: a read without a "
                        + "projection expression still returns every attribute. Add \"StringEquals\": "
                        + "{\"dynamodb:Select\": \"SPECIFIC_ATTRIBUTES\"} to the same Condition element.",
                condition.keyLocation()));
    }
}
