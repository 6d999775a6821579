package io.iamgate.analyze.local.grammar;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/** IAM rejects a statement that does not say whether it allows or denies. */
@CheckInfo(
        issueCode = "MISSING_EFFECT",
        findingType = FindingType.ERROR,
        title = "Missing effect",
        anchor = "error-missing-effect")
public final class MissingEffectCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (!statement.has("Effect")) {
            out.report(finding(
                    "The statement has no Effect element. Add \"Effect\": \"Allow\" or \"Effect\": \"Deny\".",
                    statement.location()));
        }
    }
}
