package io.iamgate.analyze.local.condition;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.load.Node;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** The values listed for one key mix JSON types (a string and a boolean, say): IAM rejects that. */
@CheckInfo(
        issueCode = "INVALID_CONDITION_DATA_TYPE",
        findingType = FindingType.ERROR,
        title = "Invalid condition data type",
        anchor = "error-invalid-condition-data-type")
public final class InvalidConditionDataTypeCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (!(condition.valueNode() instanceof Node.ArrayNode array)) {
            return;
        }
        String first = null;
        for (Node element : array.elements()) {
            if (element instanceof Node.ObjectNode
                    || element instanceof Node.ArrayNode
                    || element instanceof Node.NullNode) {
                continue;
            }
            String type = element.typeName();
            if (first == null) {
                first = type;
            } else if (!first.equals(type)) {
                out.report(finding(
                        "The values of the condition key " + condition.key() + " mix JSON data types (" + first
                                + " and " + type + "). Write them all with one type, for example all as strings.",
                        condition.valueLocation()));
                return;
            }
        }
    }
}
