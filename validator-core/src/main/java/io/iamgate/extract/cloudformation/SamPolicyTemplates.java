package io.iamgate.extract.cloudformation;

import io.iamgate.load.LocatedJsonParser;
import io.iamgate.load.Node;
import io.iamgate.load.Node.ArrayNode;
import io.iamgate.load.Node.Member;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.load.Node.StringNode;
import io.iamgate.load.ParsedJson;
import io.iamgate.load.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AWS SAM's policy templates ({@code Policies: - S3ReadPolicy: {BucketName: ...}}), from a snapshot of SAM's own
 * definitions (aws-sam-translator, Apache-2.0; {@code scripts/update-sam-policy-templates} regenerates it): a
 * template is its Definition with each {@code Ref} of one of its parameters replaced by the value the template
 * gives, as SAM's translator does; the other intrinsics are left for the template's resolver. Immutable, loaded
 * once.
 */
public final class SamPolicyTemplates {

    public static final String RESOURCE = "sam-policy-templates.json";

    /** One policy template: its parameter names and its Definition ({@code {"Statement": [...]}}). */
    public record PolicyTemplate(List<String> parameters, ObjectNode definition) {}

    private static final class Bundled {
        static final SamPolicyTemplates INSTANCE = load();
    }

    private final String version;
    private final String sourceSha256;
    private final String generator;
    private final Map<String, PolicyTemplate> templates;

    private SamPolicyTemplates(
            String version, String sourceSha256, String generator, Map<String, PolicyTemplate> templates) {
        this.version = version;
        this.sourceSha256 = sourceSha256;
        this.generator = generator;
        this.templates = Map.copyOf(templates);
    }

    public static SamPolicyTemplates bundled() {
        return Bundled.INSTANCE;
    }

    /** The aws-sam-translator version the snapshot was taken from. */
    public String version() {
        return version;
    }

    /** The sha256 of SAM's policy_templates.json the snapshot was made from. */
    public String sourceSha256() {
        return sourceSha256;
    }

    /** The fingerprint of the script that wrote the snapshot. */
    public String generator() {
        return generator;
    }

    public Map<String, PolicyTemplate> templates() {
        return templates;
    }

    public Optional<PolicyTemplate> template(String name) {
        return Optional.ofNullable(templates.get(name));
    }

    /**
     * The policy document SAM makes of {@code template} with these parameter values: its Definition, placed at
     * {@code at} (where the template is named), each {@code Ref} of a parameter replaced by the value node given.
     */
    static Node document(PolicyTemplate template, Map<String, Node> values, Span at) {
        return place(template.definition(), template.parameters(), values, at);
    }

    private static Node place(Node n, List<String> parameters, Map<String, Node> values, Span at) {
        if (n instanceof ObjectNode o) {
            if (o.members().size() == 1
                    && o.members().get(0).name().equals("Ref")
                    && o.members().get(0).value() instanceof StringNode s
                    && parameters.contains(s.value())
                    && values.containsKey(s.value())) {
                return values.get(s.value());
            }
            List<Member> members = new ArrayList<>();
            for (Member m : o.members()) {
                members.add(new Member(m.name(), at, place(m.value(), parameters, values, at)));
            }
            return new ObjectNode(members, at);
        }
        if (n instanceof ArrayNode a) {
            return new ArrayNode(
                    a.elements().stream()
                            .map(e -> place(e, parameters, values, at))
                            .toList(),
                    at);
        }
        if (n instanceof StringNode s) {
            return new StringNode(s.value(), at);
        }
        if (n instanceof Node.NumberNode num) {
            return new Node.NumberNode(num.text(), at);
        }
        if (n instanceof Node.BooleanNode b) {
            return new Node.BooleanNode(b.value(), at);
        }
        return new Node.NullNode(at);
    }

    private static SamPolicyTemplates load() {
        String text;
        try (InputStream in = SamPolicyTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath; rebuild iamgate");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ParsedJson parsed = new LocatedJsonParser().parse(text);
        if (!(parsed.root() instanceof ObjectNode root)) {
            throw new IllegalStateException(
                    RESOURCE + " is not a JSON object; run scripts/update-sam-policy-templates");
        }
        Map<String, PolicyTemplate> templates = new LinkedHashMap<>();
        root.get("templates")
                .filter(ObjectNode.class::isInstance)
                .map(ObjectNode.class::cast)
                .ifPresent(t -> {
                    for (Member m : t.members()) {
                        if (m.value() instanceof ObjectNode entry
                                && entry.get("definition").orElse(null) instanceof ObjectNode definition) {
                            List<String> parameters = entry.get("parameters")
                                    .filter(ArrayNode.class::isInstance)
                                    .map(a -> ((ArrayNode) a)
                                            .elements().stream()
                                                    .filter(StringNode.class::isInstance)
                                                    .map(e -> ((StringNode) e).value())
                                                    .toList())
                                    .orElse(List.of());
                            templates.put(m.name(), new PolicyTemplate(parameters, definition));
                        }
                    }
                });
        return new SamPolicyTemplates(
                text(root, "version"), text(root, "sourceSha256"), text(root, "generator"), templates);
    }

    private static String text(ObjectNode root, String name) {
        return root.get(name)
                .filter(StringNode.class::isInstance)
                .map(n -> ((StringNode) n).value())
                .orElse("");
    }
}
