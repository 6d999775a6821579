package io.iamgate.analyze.local.grammar;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.DocumentCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.load.Node.Member;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.model.ElementPath;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.Statement;
import java.util.Set;

/** A misspelt element ("Resources", "action") is not ignored by IAM: the policy is rejected. */
@CheckInfo(
        issueCode = "INVALID_POLICY_ELEMENT",
        findingType = FindingType.ERROR,
        title = "Invalid policy element",
        anchor = "error-invalid-policy-element")
public final class InvalidPolicyElementCheck extends PolicyCheck implements DocumentCheck, StatementCheck {

    static final Set<String> POLICY_ELEMENTS = Set.of("Version", "Id", "Statement");
    static final Set<String> STATEMENT_ELEMENTS = Set.of(
            "Sid",
            "Effect",
            "Principal",
            "NotPrincipal",
            "Action",
            "NotAction",
            "Resource",
            "NotResource",
            "Condition");

    @Override
    public void checkDocument(CheckContext ctx, FindingSink out) {
        ctx.document().rootObject().ifPresent(root -> report(root, ElementPath.ROOT, POLICY_ELEMENTS, out));
    }

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        report(statement.node(), statement.path(), STATEMENT_ELEMENTS, out);
    }

    private void report(ObjectNode node, ElementPath path, Set<String> valid, FindingSink out) {
        for (Member m : node.members()) {
            if (!valid.contains(m.name())) {
                out.report(finding(
                        "The policy element " + m.name() + " is not valid" + suggestion(m.name(), valid) + ".",
                        new Location(path.key(m.name()), m.nameSpan())));
            }
        }
    }

    private static String suggestion(String name, Set<String> valid) {
        for (String v : valid) {
            if (v.equalsIgnoreCase(name) || (v + "s").equalsIgnoreCase(name)) {
                return "; did you mean " + v + "? Element names are case-sensitive";
            }
        }
        return "";
    }
}
