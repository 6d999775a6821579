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

/** A principal is "*" or an object such as {"AWS": ...}; a bare account ID or ARN string is not accepted. */
@CheckInfo(
        issueCode = "INVALID_PRINCIPAL_FORMAT",
        findingType = FindingType.ERROR,
        title = "Invalid principal format",
        anchor = "error-invalid-principal-format")
public final class InvalidPrincipalFormatCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (!Principals.apply(ctx)) {
            return;
        }
        for (String element : new String[] {"Principal", "NotPrincipal"}) {
            statement.member(element).ifPresent(m -> {
                if (m.value() instanceof Node.StringNode s && !s.value().equals("*")) {
                    out.report(finding(
                            "The " + element + " value \"" + s.value() + "\" is neither \"*\" nor an "
                                    + "object. Write it as a key-value pair, e.g. {\"AWS\": \"" + s.value() + "\"}.",
                            new Location(statement.pathOf(element), s.span())));
                }
            });
        }
    }
}
