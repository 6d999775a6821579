package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.load.Node;
import io.iamgate.load.Node.Member;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.Statement;

/** {"AWS": []} names nobody, so that part of the statement matches no one. */
@CheckInfo(
        issueCode = "EMPTY_ARRAY_PRINCIPAL",
        findingType = FindingType.SUGGESTION,
        title = "Empty array principal",
        anchor = "suggestion-empty-array-principal")
public final class EmptyArrayPrincipalCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (!Principals.apply(ctx)) {
            return;
        }
        for (String element : new String[] {"Principal", "NotPrincipal"}) {
            statement.member(element).ifPresent(m -> {
                if (m.value() instanceof Node.ObjectNode o) {
                    for (Member key : o.members()) {
                        if (key.value() instanceof Node.ArrayNode a
                                && a.elements().isEmpty()) {
                            out.report(finding(
                                    "The " + key.name() + " principal list is empty and names no one. "
                                            + "List the principals, or remove the key.",
                                    new Location(statement.pathOf(element).value(key.name()), a.span())));
                        }
                    }
                }
            });
        }
    }
}
