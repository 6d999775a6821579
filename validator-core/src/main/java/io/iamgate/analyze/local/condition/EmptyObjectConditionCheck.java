package io.iamgate.analyze.local.condition;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.load.Node;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.Statement;

/**
 * An empty condition block, {@code "Condition": {}} or an operator with {@code {}}, restricts nothing; AA's
 * wording calls both the Condition element and each operator's object a "condition block".
 */
@CheckInfo(
        issueCode = "EMPTY_OBJECT_CONDITION",
        findingType = FindingType.SUGGESTION,
        title = "Empty object condition",
        anchor = "suggestion-empty-object-condition")
public final class EmptyObjectConditionCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        statement.member("Condition").ifPresent(condition -> {
            if (!(condition.value() instanceof Node.ObjectNode blocks)) {
                return;
            }
            if (blocks.members().isEmpty()) {
                out.report(finding(
                        "The Condition element is empty and restricts nothing. Add the conditions you "
                                + "meant, or remove the element.",
                        new Location(statement.pathOf("Condition"), blocks.span())));
                return;
            }
            for (Node.Member op : blocks.members()) {
                if (op.value() instanceof Node.ObjectNode keys && keys.members().isEmpty()) {
                    out.report(finding(
                            "The condition block " + op.name() + " is empty and restricts nothing. Add "
                                    + "the condition keys you meant, or remove the block.",
                            new Location(statement.pathOf("Condition").value(op.name()), keys.span())));
                }
            }
        });
    }
}
