package io.iamgate.extract;

import io.iamgate.load.Node;
import io.iamgate.load.Span;
import io.iamgate.model.ElementPath;
import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.PathElement;
import io.iamgate.model.PolicyDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Findings that the source of a policy gives rather than its text: an element whose value is not known
 * until deployment (so no check could see it), and a duplicate key in a template. Their codes are iamgate's
 * own ({@code IAMGATE_...}); docs/cli.md lists them.
 */
public final class SourceFindings {

    /** A policy element whose value iamgate could not see: a placeholder, or a value known only after apply. */
    public static final String NOT_CHECKED = "IAMGATE_NOT_CHECKED";

    /** A key written twice in one object of a template: CloudFormation keeps the last. */
    public static final String DUPLICATE_KEY = "IAMGATE_DUPLICATE_KEY";

    static final String ANALYZER = "extract";

    /** Elements whose value alone decides what is granted: not seeing them is a security warning. */
    private static final Set<String> GRANTING = Set.of("Action", "NotAction");

    private SourceFindings() {}

    /**
     * The element at {@code location} is not checked. An Action or NotAction that cannot be seen may grant
     * anything, so it is a SECURITY_WARNING (it blocks by default); any other element, or a whole policy, is
     * a WARNING (visible, blocking with {@code --fail-on UNCHECKED}).
     */
    public static Finding notChecked(Location location, String reason) {
        Optional<String> element = element(location.path());
        boolean granting = element.filter(GRANTING::contains).isPresent();
        String what = location.path().isEmpty()
                ? "the policy"
                : "the " + element.orElse("element") + " value at " + location.path();
        return Finding.of(
                granting ? FindingType.SECURITY_WARNING : FindingType.WARNING,
                NOT_CHECKED,
                "Not checked: " + what + " is not known until deployment, so no check could see it. " + reason
                        + (granting ? " An action that cannot be seen may grant anything." : "")
                        + " Give it a value known in the source, or accept this finding with a suppression and a reason.",
                "",
                ANALYZER,
                List.of(location));
    }

    /** The not-checked findings of a rendered policy: one per element whose value is a placeholder. */
    static List<Finding> notChecked(PolicyDocument document, Map<ElementPath, String> unknown) {
        return unknown.entrySet().stream()
                .map(e -> notChecked(
                        new Location(
                                e.getKey(),
                                locate(document, e.getKey())
                                        .orElse(document.wholeDocument().span())),
                        e.getValue()))
                .toList();
    }

    /**
     * The not-checked findings of a policy given as one string built from values not known until deployment: one
     * per string of the parsed text that holds a placeholder (the extractors' placeholders all say
     * {@code placeholder}), so that the rest of the text is still checked; the whole policy when none is found.
     */
    static List<Finding> notCheckedText(PolicyDocument document, String reason) {
        List<ElementPath> paths = new java.util.ArrayList<>();
        document.root().ifPresent(root -> placeholderStrings(root, ElementPath.ROOT, paths));
        if (paths.isEmpty()) {
            return List.of(notChecked(document.wholeDocument(), reason));
        }
        return paths.stream()
                .map(p -> notChecked(
                        new Location(
                                p,
                                locate(document, p)
                                        .orElse(document.wholeDocument().span())),
                        reason))
                .toList();
    }

    private static void placeholderStrings(Node node, ElementPath at, List<ElementPath> out) {
        if (node instanceof Node.ObjectNode o) {
            o.members().forEach(m -> placeholderStrings(m.value(), at.value(m.name()), out));
        } else if (node instanceof Node.ArrayNode a) {
            for (int i = 0; i < a.elements().size(); i++) {
                placeholderStrings(a.elements().get(i), at.index(i), out);
            }
        } else if (node instanceof Node.StringNode s && s.value().contains("placeholder")) {
            out.add(at);
        }
    }

    /** Keys written twice in one object of a template ({@code which} names them and their lines). */
    public static Finding duplicateKey(String which, Location location) {
        return Finding.of(
                FindingType.WARNING,
                DUPLICATE_KEY,
                "Duplicate keys in the template: " + which
                        + ". CloudFormation keeps the last value of each and ignores the others, so the last is what iamgate "
                        + "validated; remove the others so that the template reads as it deploys.",
                "",
                ANALYZER,
                List.of(location));
    }

    /** The element a path is in: the member after {@code Statement[i]}, e.g. Action. */
    private static Optional<String> element(ElementPath path) {
        List<PathElement> e = path.elements();
        int i = 0;
        if (i < e.size() && e.get(i) instanceof PathElement.Value v && v.value().equals("Statement")) {
            i++;
            if (i < e.size() && e.get(i) instanceof PathElement.Index) {
                i++;
            }
        }
        return i < e.size() && e.get(i) instanceof PathElement.Value v ? Optional.of(v.value()) : Optional.empty();
    }

    /** The span of the value at a path of the document. */
    private static Optional<Span> locate(PolicyDocument document, ElementPath path) {
        Optional<Node> at = document.root();
        for (PathElement step : path.elements()) {
            if (at.isEmpty()) {
                return Optional.empty();
            }
            Node n = at.get();
            if (step instanceof PathElement.Value v && n instanceof Node.ObjectNode o) {
                at = o.get(v.value());
            } else if (step instanceof PathElement.Index i
                    && n instanceof Node.ArrayNode a
                    && i.index() < a.elements().size()) {
                at = Optional.of(a.elements().get(i.index()));
            } else {
                return Optional.empty();
            }
        }
        return at.map(Node::span);
    }
}
