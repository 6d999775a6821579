package io.iamgate.access;

import io.iamgate.load.LocatedJsonParser;
import io.iamgate.load.Node;
import io.iamgate.load.ParsedJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The privilege-escalation catalogue, read from escalation-paths.json next to this class: per method the
 * actions that together escalate, which resources they must cover and which conditions defuse them (the
 * file's "resources" and "conditions" rules, with each method's passedTo service), where the method is
 * documented, and the documented paths left out on purpose with the reason. The one table of methods: the
 * principal checks ({@link EffectivePermissions#escalationPaths}) and the built-in Rego pack's per-document rules
 * (which io.iamgate.analyze.rego hands the methods a policy holds, one issue code per method) both read it.
 */
public final class EscalationCatalogue {

    static final String RESOURCE = "escalation-paths.json";

    /** A documented path that is no method here, and why. */
    public record Exclusion(String source, String reason) {}

    private static final Data DATA = load();

    public static final List<EscalationMethod> METHODS = DATA.methods();

    private EscalationCatalogue() {}

    public static List<EscalationMethod> methods() {
        return METHODS;
    }

    public static List<Exclusion> exclusions() {
        return DATA.exclusions();
    }

    /** Which resources each action of a method must be allowed on, for a person to read. */
    public static String resourceRule() {
        return DATA.resources();
    }

    /** Which conditions defuse a method, for a person to read. */
    public static String conditionRule() {
        return DATA.conditions();
    }

    public static Optional<EscalationMethod> method(String issueCode) {
        return METHODS.stream().filter(m -> m.issueCode().equals(issueCode)).findFirst();
    }

    private record Data(
            List<EscalationMethod> methods, List<Exclusion> exclusions, String resources, String conditions) {}

    private static Data load() {
        try (InputStream in = EscalationCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath: the build is broken");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Fails on a malformed entry: the file ships with iamgate, so a mistake is a build error, not input. Read
     * with the loader's JSON parser, which every run has loaded already.
     */
    static Data parse(String json) {
        ParsedJson parsed = new LocatedJsonParser().parse(json);
        if (!parsed.isValid() || !(parsed.root() instanceof Node.ObjectNode root)) {
            throw new IllegalStateException(RESOURCE + " is not a JSON object: "
                    + parsed.syntaxError().map(Object::toString).orElse("another type"));
        }
        List<EscalationMethod> methods = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Node.ObjectNode m : objects(root, "methods")) {
            String code = text(m, "issueCode");
            if (!codes.add(code)) {
                throw new IllegalStateException(RESOURCE + ": issue code " + code + " appears twice");
            }
            List<String> actions = strings(m, "actions");
            if (actions.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": " + code + " has no actions");
            }
            EscalationMethod method = new EscalationMethod(
                    code,
                    text(m, "method"),
                    actions,
                    text(m, "how"),
                    text(m, "source"),
                    optionalText(m, "passedTo"),
                    strings(m, "alsoCovers"),
                    strings(m, "variants"));
            if (method.passesRole() == method.passedTo().isEmpty()) {
                throw new IllegalStateException(
                        RESOURCE + ": " + code + " must name passedTo exactly when it passes a role");
            }
            methods.add(method);
        }
        List<Exclusion> exclusions = new ArrayList<>();
        for (Node.ObjectNode x : objects(root, "excluded")) {
            exclusions.add(new Exclusion(text(x, "source"), text(x, "reason")));
        }
        return new Data(
                List.copyOf(methods), List.copyOf(exclusions), text(root, "resources"), text(root, "conditions"));
    }

    private static List<Node.ObjectNode> objects(Node.ObjectNode parent, String field) {
        List<Node.ObjectNode> out = new ArrayList<>();
        for (Node n : elements(parent, field)) {
            if (!(n instanceof Node.ObjectNode o)) {
                throw new IllegalStateException(RESOURCE + ": '" + field + "' holds a " + n.typeName());
            }
            out.add(o);
        }
        return out;
    }

    private static List<Node> elements(Node.ObjectNode parent, String field) {
        Optional<Node> v = parent.get(field);
        if (v.isEmpty()) {
            return List.of();
        }
        if (!(v.get() instanceof Node.ArrayNode a)) {
            throw new IllegalStateException(RESOURCE + ": '" + field + "' is not an array");
        }
        return a.elements();
    }

    private static String text(Node.ObjectNode node, String field) {
        String v = optionalText(node, field);
        if (v.isBlank()) {
            throw new IllegalStateException(RESOURCE + ": an entry has no text field '" + field + "'");
        }
        return v;
    }

    private static String optionalText(Node.ObjectNode node, String field) {
        Optional<Node> v = node.get(field);
        if (v.isEmpty()) {
            return "";
        }
        if (!(v.get() instanceof Node.StringNode s)) {
            throw new IllegalStateException(RESOURCE + ": '" + field + "' is not a string");
        }
        return s.value();
    }

    private static List<String> strings(Node.ObjectNode node, String field) {
        List<String> out = new ArrayList<>();
        for (Node n : elements(node, field)) {
            if (!(n instanceof Node.StringNode s)) {
                throw new IllegalStateException(RESOURCE + ": '" + field + "' holds a " + n.typeName());
            }
            out.add(s.value());
        }
        return out;
    }
}
