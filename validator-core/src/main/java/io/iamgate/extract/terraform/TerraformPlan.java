package io.iamgate.extract.terraform;

import io.iamgate.load.Node;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.load.ParsedJson;
import io.iamgate.load.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan as extracted: its file, located tree, managed resources and module wiring, so that the principal
 * stage links roles, users and groups to their policies as Terraform wires them, without reading the file
 * again; {@code codeFiles} are the .tf files its policies were placed on (their units are named by those).
 */
public record TerraformPlan(
        String file,
        ParsedJson parsed,
        List<Resource> resources,
        Map<String, List<String>> wiring,
        java.util.Set<String> codeFiles) {

    public TerraformPlan {
        resources = List.copyOf(resources);
        wiring = Map.copyOf(wiring);
        codeFiles = java.util.Set.copyOf(codeFiles);
    }

    /** A plan whose policies all stay in the plan file. */
    public TerraformPlan(String file, ParsedJson parsed, List<Resource> resources, Map<String, List<String>> wiring) {
        this(file, parsed, resources, wiring, java.util.Set.of());
    }

    /**
     * What a module output refers to, relative to its module ({@code module.app.output.role_arn}), and what a
     * module call passes to an input variable, relative to the calling module ({@code module.app.var.name}).
     */
    public List<String> wiring(String key) {
        return wiring.getOrDefault(key, List.of());
    }

    /**
     * One managed resource instance of the plan.
     *
     * @param module the address of its module instance with a trailing dot ({@code module.net.}), empty at root
     * @param values its planned values
     * @param unknown its {@code after_unknown} tree, when the plan has one
     * @param span the resource object in {@code planned_values}
     * @param expressions by attribute the configuration sets, what its expression refers to
     *        ({@code ["aws_iam_policy.x.arn", "aws_iam_policy.x"]}), relative to its module; empty when the plan
     *        has no configuration for the resource
     */
    public record Resource(
            String address,
            String module,
            String type,
            ObjectNode values,
            Optional<Node> unknown,
            Span span,
            Optional<Map<String, List<String>>> expressions) {

        public Resource {
            expressions = expressions.map(Map::copyOf);
        }

        /**
         * Whether the configuration sets the attribute; true when the plan does not say, so that an unknown link
         * is listed rather than dropped (an unset computed attribute, managed_policy_arns of a role without
         * one, is unknown at plan time too, but links nothing).
         */
        public boolean configures(String attribute) {
            return expressions.map(e -> e.containsKey(attribute)).orElse(true);
        }

        /** What the attribute's configuration expression refers to. */
        public List<String> references(String attribute) {
            return expressions
                    .flatMap(e -> Optional.ofNullable(e.get(attribute)))
                    .orElse(List.of());
        }

        /** Whether the attribute is known only after apply. */
        public boolean unknown(String attribute) {
            return unknown.filter(ObjectNode.class::isInstance)
                    .flatMap(u -> ((ObjectNode) u).get(attribute))
                    .filter(n -> n instanceof Node.BooleanNode b && b.value())
                    .isPresent();
        }

        /** The unknown-ness of each element of a list attribute, or of the whole when it is a boolean. */
        public Optional<Node> unknownOf(String attribute) {
            return unknown.filter(ObjectNode.class::isInstance).flatMap(u -> ((ObjectNode) u).get(attribute));
        }
    }
}
