package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.DocumentCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.load.Node;
import io.iamgate.load.Node.Member;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A statement that says exactly what an earlier one says (same effect, actions, resources, principals and
 * conditions, in any order and ignoring the Sid) adds nothing and gets edited out of step with its twin.
 */
@CheckInfo(
        issueCode = "REDUNDANT_STATEMENT",
        findingType = FindingType.SUGGESTION,
        title = "Redundant statement",
        anchor = "suggestion-redundant-statement")
public final class RedundantStatementCheck extends PolicyCheck implements DocumentCheck {

    @Override
    public void checkDocument(CheckContext ctx, FindingSink out) {
        List<Statement> statements = ctx.document().statements();
        if (statements.size() < 2) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Statement s : statements) {
            if (!seen.add(canonical(s))) {
                out.report(finding(
                        "This statement grants exactly what an earlier statement grants. Remove one of " + "the two.",
                        s.location()));
            }
        }
    }

    /** An order-free text of the statement's meaning: members sorted, arrays as sets, actions lower-cased. */
    static String canonical(Statement statement) {
        TreeMap<String, String> members = new TreeMap<>();
        for (Member m : statement.node().members()) {
            if (!m.name().equals("Sid")) {
                boolean caseFree = m.name().equals("Action") || m.name().equals("NotAction");
                // Condition keys (one level below the operators) are case-insensitive.
                members.put(m.name(), canonical(m.value(), caseFree, m.name().equals("Condition") ? 1 : -1));
            }
        }
        return members.toString();
    }

    private static String canonical(Node node, boolean caseFree, int lowerKeysAtDepth) {
        if (node instanceof Node.StringNode s) {
            return "{" + (caseFree ? s.value().toLowerCase(Locale.ROOT) : s.value()) + "}";
        }
        if (node instanceof Node.ArrayNode a) {
            // ["x"] and "x" mean the same; so do ["a","b"] and ["b","a"].
            Set<String> items = new TreeSet<>();
            for (Node e : a.elements()) {
                items.add(canonical(e, caseFree, -1));
            }
            return items.size() == 1 ? items.iterator().next() : items.toString();
        }
        if (node instanceof Node.ObjectNode o) {
            TreeMap<String, List<String>> members = new TreeMap<>();
            for (Member m : o.members()) {
                String name = lowerKeysAtDepth == 0 ? m.name().toLowerCase(Locale.ROOT) : m.name();
                members.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(canonical(m.value(), caseFree, lowerKeysAtDepth - 1));
            }
            return members.toString();
        }
        if (node instanceof Node.NumberNode n) {
            return "{" + n.text() + "}";
        }
        if (node instanceof Node.BooleanNode b) {
            return "{" + b.value() + "}";
        }
        return "null";
    }
}
