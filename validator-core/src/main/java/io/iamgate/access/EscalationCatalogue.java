package io.iamgate.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The privilege-escalation catalogue, read from escalation-paths.json next to this class: per method the
 * actions that together escalate, which resources they must cover and which conditions defuse them (the
 * file's "resources" and "conditions" rules, with each method's passedTo service), where the method is
 * documented, and the documented paths left out on purpose with the reason. Issue codes and actions of the
 * methods the built-in Rego pack also lists are the pack's (EscalationCatalogueTest keeps them equal).
 */
public final class EscalationCatalogue {

    static final String RESOURCE = "escalation-paths.json";

    /** A documented path that is no method here, and why. */
    public record Exclusion(String source, String reason) {
    }

    private static final Data DATA = load();

    public static final List<EscalationMethod> METHODS = DATA.methods();

    private EscalationCatalogue() {
    }

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

    private record Data(List<EscalationMethod> methods, List<Exclusion> exclusions, String resources,
            String conditions) {
    }

    private static Data load() {
        try (InputStream in = EscalationCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath: the build is broken");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Fails on a malformed entry: the file ships with iamgate, so a mistake is a build error, not input. */
    static Data parse(JsonNode root) {
        List<EscalationMethod> methods = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (JsonNode m : root.path("methods")) {
            String code = text(m, "issueCode");
            if (!codes.add(code)) {
                throw new IllegalStateException(RESOURCE + ": issue code " + code + " appears twice");
            }
            List<String> actions = strings(m.path("actions"));
            if (actions.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": " + code + " has no actions");
            }
            EscalationMethod method = new EscalationMethod(code, text(m, "method"), actions, text(m, "how"),
                    text(m, "source"), m.path("passedTo").asText(""), strings(m.path("alsoCovers")),
                    strings(m.path("variants")));
            if (method.passesRole() == method.passedTo().isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": " + code
                        + " must name passedTo exactly when it passes a role");
            }
            methods.add(method);
        }
        List<Exclusion> exclusions = new ArrayList<>();
        for (JsonNode x : root.path("excluded")) {
            exclusions.add(new Exclusion(text(x, "source"), text(x, "reason")));
        }
        return new Data(List.copyOf(methods), List.copyOf(exclusions), text(root, "resources"),
                text(root, "conditions"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalStateException(RESOURCE + ": an entry has no text field '" + field + "': " + node);
        }
        return v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
