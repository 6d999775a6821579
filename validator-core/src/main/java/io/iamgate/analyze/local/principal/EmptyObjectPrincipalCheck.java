package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.load.Node;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.Statement;

/** "Principal": {} names nobody, so the statement matches no request. */
@CheckInfo(
        issueCode = "EMPTY_OBJECT_PRINCIPAL",
        findingType = FindingType.SUGGESTION,
        title = "Empty object principal",
        anchor = "suggestion-empty-object-principal")
public final class EmptyObjectPrincipalCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (!Principals.apply(ctx)) {
            return;
        }
        for (String element : new String[] {"Principal", "NotPrincipal"}) {
            statement.member(element).ifPresent(m -> {
                if (m.value() instanceof Node.ObjectNode o && o.members().isEmpty()) {
                    out.report(finding(
                            "The " + element + " object is empty and names no one. Add the principals "
                                    + "(e.g. {\"AWS\": \"arn:aws:iam::111122223333:root\"}), or remove the statement.",
                            new Location(statement.pathOf(element), o.span())));
                }
            });
        }
    }
}
