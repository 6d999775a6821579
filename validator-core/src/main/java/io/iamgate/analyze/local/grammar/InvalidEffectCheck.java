package io.iamgate.analyze.local.grammar;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.load.Node;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.Statement;

/** Effect is case-sensitive: "allow" or "Denys" make IAM reject the whole policy. */
@CheckInfo(
        issueCode = "INVALID_EFFECT",
        findingType = FindingType.ERROR,
        title = "Invalid effect",
        anchor = "error-invalid-effect")
public final class InvalidEffectCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        statement.member("Effect").ifPresent(effect -> {
            if (effect.value() instanceof Node.StringNode s
                    && !s.value().equals("Allow")
                    && !s.value().equals("Deny")) {
                out.report(finding(
                        "The effect " + s.value() + " is not valid. Use Allow or Deny (case-sensitive).",
                        new Location(statement.pathOf("Effect"), s.span())));
            }
        });
    }
}
