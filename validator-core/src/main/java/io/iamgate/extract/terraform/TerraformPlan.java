package io.iamgate.extract.terraform;

import io.iamgate.load.Node;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.load.ParsedJson;
import io.iamgate.model.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan as extracted: its file, located tree and managed resources, so that the principal stage links roles,
 * users and groups to their policies as Terraform wires them, without reading the file again.
 */
public record TerraformPlan(String file, ParsedJson parsed, List<Resource> resources) {

    public TerraformPlan {
        resources = List.copyOf(resources);
    }

    /**
     * One managed resource instance of the plan.
     *
     * @param module the address of its module instance with a trailing dot ({@code module.net.}), empty at root
     * @param values its planned values
     * @param unknown its {@code after_unknown} tree, when the plan has one
     * @param span the resource object in {@code planned_values}
     * @param references by attribute, what its configuration expression refers to
     *        ({@code ["aws_iam_policy.x.arn", "aws_iam_policy.x"]}), relative to its module
     */
    public record Resource(String address, String module, String type, ObjectNode values, Optional<Node> unknown,
            Span span, Map<String, List<String>> references) {

        public Resource {
            references = Map.copyOf(references);
        }

        /** Whether the attribute is known only after apply. */
        public boolean unknown(String attribute) {
            return unknown.filter(ObjectNode.class::isInstance).flatMap(u -> ((ObjectNode) u).get(attribute))
                    .filter(n -> n instanceof Node.BooleanNode b && b.value()).isPresent();
        }

        /** The unknown-ness of each element of a list attribute, or of the whole when it is a boolean. */
        public Optional<Node> unknownOf(String attribute) {
            return unknown.filter(ObjectNode.class::isInstance).flatMap(u -> ((ObjectNode) u).get(attribute));
        }
    }
}
