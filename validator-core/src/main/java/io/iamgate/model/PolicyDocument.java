package io.iamgate.model;

import io.iamgate.load.JsonSyntaxError;
import io.iamgate.load.Node;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.load.ParsedJson;
import io.iamgate.load.SourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A policy as validated: its exact text (the text Access Analyzer would be sent, which spans refer to),
 * the located tree, and the statements. A text that is not JSON has no tree, only its syntax error.
 */
public final class PolicyDocument {

    private final ParsedJson parsed;
    private final List<Statement> statements;

    private PolicyDocument(ParsedJson parsed) {
        this.parsed = parsed;
        this.statements = readStatements(parsed.root());
    }

    public static PolicyDocument of(ParsedJson parsed) {
        return new PolicyDocument(parsed);
    }

    /**
     * A policy whose text is not known yet (a Terraform value computed at apply time): it is listed in the
     * report, with a note on its unit saying why, and no analyzer looks at it.
     */
    public static PolicyDocument unknown() {
        return new PolicyDocument(ParsedJson.ok("", new SourceLines(""), null));
    }

    /** True for {@link #unknown()}: there is no text to check. */
    public boolean isUnknown() {
        return parsed.root() == null && parsed.error() == null;
    }

    public String text() {
        return parsed.text();
    }

    public SourceLines lines() {
        return parsed.lines();
    }

    public Optional<JsonSyntaxError> syntaxError() {
        return parsed.syntaxError();
    }

    /** The root node; absent when the text is not JSON. */
    public Optional<Node> root() {
        return Optional.ofNullable(parsed.root());
    }

    /** The root as an object, when it is one. */
    public Optional<ObjectNode> rootObject() {
        return root().filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
    }

    public List<Statement> statements() {
        return statements;
    }

    /** The span of the whole document, for document-level findings. */
    public Location wholeDocument() {
        return new Location(
                ElementPath.ROOT, parsed.lines().span(0, parsed.text().length()));
    }

    private static List<Statement> readStatements(Node root) {
        if (!(root instanceof ObjectNode object)) {
            return List.of();
        }
        Optional<Node> statement = object.get("Statement");
        if (statement.isEmpty()) {
            return List.of();
        }
        ElementPath sp = ElementPath.ROOT.value("Statement");
        if (statement.get() instanceof ObjectNode single) {
            return List.of(new Statement(-1, sp, single));
        }
        if (statement.get() instanceof Node.ArrayNode array) {
            List<Statement> out = new ArrayList<>(array.elements().size());
            for (int i = 0; i < array.elements().size(); i++) {
                if (array.elements().get(i) instanceof ObjectNode s) {
                    out.add(new Statement(i, sp.index(i), s));
                }
            }
            return List.copyOf(out);
        }
        return List.of();
    }
}
