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

/** Principal keys are AWS, CanonicalUser, Federated and Service, spelt exactly so. */
@CheckInfo(
        issueCode = "INVALID_PRINCIPAL_KEY",
        findingType = FindingType.ERROR,
        title = "Invalid principal key",
        anchor = "error-invalid-principal-key")
public final class InvalidPrincipalKeyCheck extends PolicyCheck implements StatementCheck {

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (!Principals.apply(ctx)) {
            return;
        }
        for (String element : new String[] {"Principal", "NotPrincipal"}) {
            statement.member(element).ifPresent(m -> {
                if (m.value() instanceof Node.ObjectNode o) {
                    for (Member key : o.members()) {
                        if (!Principals.KEYS.contains(key.name())) {
                            out.report(finding(
                                    "The principal key \"" + key.name() + "\" is not valid. Use AWS, "
                                            + "Service, Federated or CanonicalUser (case-sensitive).",
                                    new Location(statement.pathOf(element).key(key.name()), key.nameSpan())));
                        }
                    }
                }
            });
        }
    }
}
