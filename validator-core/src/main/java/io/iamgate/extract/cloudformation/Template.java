package io.iamgate.extract.cloudformation;

import io.iamgate.load.Node;
import io.iamgate.load.Node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The sections of a CloudFormation template that policy extraction reads, as located trees. */
public record Template(
        ObjectNode root,
        Map<String, ObjectNode> parameters,
        Map<String, ObjectNode> resources,
        Optional<ObjectNode> mappings,
        Optional<ObjectNode> conditions,
        Optional<ObjectNode> outputs) {

    /** A template, when the tree is one: {@code AWSTemplateFormatVersion}, or resources typed AWS::... */
    public static Optional<Template> of(Node root) {
        if (!(root instanceof ObjectNode o) || !isTemplate(o)) {
            return Optional.empty();
        }
        return Optional.of(new Template(
                o,
                section(o, "Parameters"),
                section(o, "Resources"),
                object(o, "Mappings"),
                object(o, "Conditions"),
                object(o, "Outputs")));
    }

    static boolean isTemplate(ObjectNode root) {
        if (root.member("AWSTemplateFormatVersion").isPresent()) {
            return true;
        }
        Optional<ObjectNode> resources = object(root, "Resources");
        // A Resources map made by Fn::ForEach loops alone is one too: its resources are in the loops.
        return resources.isPresent()
                && resources.get().members().stream()
                        .anyMatch(m -> m.name().startsWith(ForEachExpansion.PREFIX)
                                || m.value() instanceof ObjectNode r
                                        && r.get("Type")
                                                .filter(t -> t instanceof Node.StringNode s
                                                        && (s.value().startsWith("AWS::")
                                                                || s.value().startsWith("Custom::")))
                                                .isPresent());
    }

    public Optional<String> resourceType(String logicalId) {
        ObjectNode r = resources.get(logicalId);
        if (r == null) {
            return Optional.empty();
        }
        return r.get("Type").filter(Node.StringNode.class::isInstance).map(t -> ((Node.StringNode) t).value());
    }

    public Optional<ObjectNode> properties(String logicalId) {
        ObjectNode r = resources.get(logicalId);
        return r == null ? Optional.empty() : object(r, "Properties");
    }

    private static Optional<ObjectNode> object(ObjectNode o, String name) {
        return o.get(name).filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
    }

    private static Map<String, ObjectNode> section(ObjectNode root, String name) {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        object(root, name)
                .ifPresent(s -> s.members().forEach(m -> {
                    if (m.value() instanceof ObjectNode v) {
                        out.put(m.name(), v);
                    }
                }));
        return out;
    }
}
