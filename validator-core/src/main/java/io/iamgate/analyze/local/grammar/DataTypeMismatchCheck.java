package io.iamgate.analyze.local.grammar;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.DocumentCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.load.Node;
import io.iamgate.load.Node.Member;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.model.ElementPath;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.Statement;

/**
 * An element of the wrong JSON type (a numeric Effect, an object Action, a Statement string) makes IAM
 * reject the policy; templating tools produce these when a value is not what the author thought.
 */
@CheckInfo(
        issueCode = "DATA_TYPE_MISMATCH",
        findingType = FindingType.ERROR,
        title = "Data type mismatch",
        anchor = "error-data-type-mismatch")
public final class DataTypeMismatchCheck extends PolicyCheck implements DocumentCheck, StatementCheck {

    @Override
    public void checkDocument(CheckContext ctx, FindingSink out) {
        var root = ctx.document().root().orElseThrow();
        if (!(root instanceof ObjectNode object)) {
            out.report(mismatch(ElementPath.ROOT, root, "object"));
            return;
        }
        object.member("Version").ifPresent(m -> requireString(ElementPath.ROOT, m, out));
        object.member("Id").ifPresent(m -> requireString(ElementPath.ROOT, m, out));
        object.member("Statement").ifPresent(m -> {
            ElementPath sp = ElementPath.ROOT.value("Statement");
            if (m.value() instanceof Node.ArrayNode a) {
                for (int i = 0; i < a.elements().size(); i++) {
                    Node s = a.elements().get(i);
                    if (!(s instanceof ObjectNode)) {
                        out.report(mismatch(sp.index(i), s, "object"));
                    }
                }
            } else if (!(m.value() instanceof ObjectNode)) {
                out.report(mismatch(sp, m.value(), "array or object"));
            }
        });
    }

    @Override
    public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        ElementPath p = statement.path();
        for (Member m : statement.node().members()) {
            switch (m.name()) {
                case "Sid", "Effect" -> requireString(p, m, out);
                case "Action", "NotAction", "Resource", "NotResource" ->
                    requireStrings(p.value(m.name()), m.value(), out);
                case "Principal", "NotPrincipal" -> checkPrincipal(p.value(m.name()), m.value(), out);
                case "Condition" -> checkCondition(p.value(m.name()), m.value(), out);
                default -> {}
            }
        }
    }

    private void checkPrincipal(ElementPath path, Node value, FindingSink out) {
        if (value instanceof ObjectNode o) {
            for (Member m : o.members()) {
                requireStrings(path.value(m.name()), m.value(), out);
            }
        } else if (!(value instanceof Node.StringNode)) {
            out.report(mismatch(path, value, "object or string"));
        }
    }

    private void checkCondition(ElementPath path, Node value, FindingSink out) {
        if (!(value instanceof ObjectNode operators)) {
            out.report(mismatch(path, value, "object"));
            return;
        }
        for (Member op : operators.members()) {
            ElementPath opPath = path.value(op.name());
            if (!(op.value() instanceof ObjectNode keys)) {
                out.report(mismatch(opPath, op.value(), "object"));
                continue;
            }
            for (Member key : keys.members()) {
                ElementPath kp = opPath.value(key.name());
                if (key.value() instanceof Node.ArrayNode a) {
                    for (int i = 0; i < a.elements().size(); i++) {
                        if (!isScalar(a.elements().get(i))) {
                            out.report(mismatch(kp.index(i), a.elements().get(i), "string, number or boolean"));
                        }
                    }
                } else if (!isScalar(key.value())) {
                    out.report(mismatch(kp, key.value(), "string, number, boolean or array"));
                }
            }
        }
    }

    private void requireString(ElementPath parent, Member m, FindingSink out) {
        if (!(m.value() instanceof Node.StringNode)) {
            out.report(mismatch(parent.value(m.name()), m.value(), "string"));
        }
    }

    private void requireStrings(ElementPath path, Node value, FindingSink out) {
        if (value instanceof Node.ArrayNode a) {
            for (int i = 0; i < a.elements().size(); i++) {
                if (!(a.elements().get(i) instanceof Node.StringNode)) {
                    out.report(mismatch(path.index(i), a.elements().get(i), "string"));
                }
            }
        } else if (!(value instanceof Node.StringNode)) {
            out.report(mismatch(path, value, "string or array of strings"));
        }
    }

    private static boolean isScalar(Node n) {
        return n instanceof Node.StringNode || n instanceof Node.NumberNode || n instanceof Node.BooleanNode;
    }

    private io.iamgate.model.Finding mismatch(ElementPath path, Node node, String expected) {
        return finding(
                "The text does not match the expected JSON data type " + expected + ": found " + node.typeName() + ".",
                new Location(path, node.span()));
    }
}
