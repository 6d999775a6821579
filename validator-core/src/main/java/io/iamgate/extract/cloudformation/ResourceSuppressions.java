package io.iamgate.extract.cloudformation;

import io.iamgate.extract.ExtractionException;
import io.iamgate.load.Node;
import io.iamgate.load.Node.ArrayNode;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.load.Node.StringNode;
import io.iamgate.model.CodeSuppression;
import io.iamgate.model.SourceResource;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The resource of a template that holds a policy: its logical ID, its CDK construct path
 * ({@code Metadata: {aws:cdk:path: ...}}) when it has one, and the findings it accepts in
 * {@code Metadata: {iamgate: {suppressions: [{issueCode, reason, expires}]}}}. The suppressions are literal
 * text (CloudFormation does not resolve Metadata for us); one that cannot be read stops the file with a message
 * naming its line, never a silent skip: a suppression that is ignored would block, one misread could accept more.
 */
final class ResourceSuppressions {

    private static final Set<String> KEYS = Set.of("issueCode", "reason", "expires");

    private ResourceSuppressions() {}

    static SourceResource of(String file, String logicalId, ObjectNode resource) throws ExtractionException {
        Optional<ObjectNode> metadata =
                resource.get("Metadata").filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
        List<String> names = new ArrayList<>(List.of(logicalId));
        metadata.flatMap(m -> m.get("aws:cdk:path"))
                .filter(StringNode.class::isInstance)
                .map(n -> ((StringNode) n).value())
                .filter(p -> !p.isBlank())
                .ifPresent(names::add);
        Optional<Node> iamgate = metadata.flatMap(m -> m.get("iamgate"));
        if (iamgate.isEmpty()) {
            return new SourceResource(names, List.of());
        }
        String key = "Resources." + logicalId + ".Metadata.iamgate";
        if (!(iamgate.get() instanceof ObjectNode o)
                || o.members().size() != 1
                || o.get("suppressions").isEmpty()) {
            throw error(iamgate.get(), key, "expected {suppressions: [{issueCode, reason, expires}]}");
        }
        Node list = o.get("suppressions").get();
        if (!(list instanceof ArrayNode items)) {
            throw error(list, key + ".suppressions", "expected a list of {issueCode, reason, expires}");
        }
        List<CodeSuppression> out = new ArrayList<>();
        for (int i = 0; i < items.elements().size(); i++) {
            out.add(suppression(file, items.elements().get(i), key + ".suppressions[" + i + "]"));
        }
        return new SourceResource(names, out);
    }

    private static CodeSuppression suppression(String file, Node item, String key) throws ExtractionException {
        if (!(item instanceof ObjectNode o)) {
            throw error(item, key, "expected {issueCode: ..., reason: ..., expires: YYYY-MM-DD}");
        }
        for (Node.Member m : o.members()) {
            if (!KEYS.contains(m.name())) {
                throw error(item, key, "unknown key '" + m.name() + "' (known keys: issueCode, reason, expires)");
            }
        }
        String issueCode = text(o, "issueCode", key)
                .orElseThrow(() -> error(
                        item,
                        key,
                        "a suppression needs an issueCode (e.g. PASS_ROLE_WITH_STAR_IN_RESOURCE, or * for any)"));
        if (!issueCode.equals("*") && !issueCode.matches("[A-Z][A-Z0-9_]*")) {
            throw error(
                    item,
                    key + ".issueCode",
                    "'" + issueCode + "' is not an issue code (upper case with "
                            + "underscores, e.g. PASS_ROLE_WITH_STAR_IN_RESOURCE)");
        }
        String reason = text(o, "reason", key)
                .filter(r -> !r.isBlank())
                .orElseThrow(() -> error(item, key, "a suppression needs a reason: say why this finding is accepted"));
        Optional<LocalDate> expires = Optional.empty();
        Optional<String> date = text(o, "expires", key);
        if (date.isPresent()) {
            try {
                expires = Optional.of(LocalDate.parse(date.get()));
            } catch (DateTimeParseException e) {
                throw error(
                        o.get("expires").get(),
                        key + ".expires",
                        "'" + date.get() + "' is not a date (expected YYYY-MM-DD)");
            }
        }
        return new CodeSuppression(
                issueCode, reason.trim(), expires, file, item.span().start().line());
    }

    /** A member that must be literal text when present. */
    private static Optional<String> text(ObjectNode o, String name, String key) throws ExtractionException {
        Optional<Node> n = o.get(name);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (!(n.get() instanceof StringNode s)) {
            throw error(
                    n.get(),
                    key + "." + name,
                    "expected literal text, not " + n.get().typeName());
        }
        return Optional.of(s.value().trim());
    }

    private static ExtractionException error(Node at, String key, String message) {
        return new ExtractionException(
                "CloudFormation template, line " + at.span().start().line() + ": " + key + ": " + message);
    }
}
