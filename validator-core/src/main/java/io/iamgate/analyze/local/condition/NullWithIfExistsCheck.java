package io.iamgate.analyze.local.condition;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionBlockCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** Null already tests whether a key exists; IAM rejects NullIfExists. */
@CheckInfo(
        issueCode = "NULL_WITH_IF_EXISTS",
        findingType = FindingType.ERROR,
        title = "Null with if exists",
        anchor = "error-null-with-if-exists")
public final class NullWithIfExistsCheck extends PolicyCheck implements ConditionBlockCheck {

    @Override
    public void checkConditionBlock(
            CheckContext ctx, Statement statement, Statement.ConditionBlock block, FindingSink out) {
        ConditionOperator op = block.operator();
        if (op.base() == ConditionOperator.Base.Null && op.ifExists()) {
            out.report(finding(
                    "The operator " + op.text() + " puts the IfExists suffix on Null, which IAM does not "
                            + "allow: Null itself tests whether the key is present. Use Null.",
                    block.operatorKeyLocation()));
        }
    }
}
