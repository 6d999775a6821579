package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamgate.load.Node;
import io.iamgate.model.PolicyUnit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The input document Rego rules see for one policy unit:
 * {@code {"document", "policyType", "resourceType", "origin", "file"}}. The document is the unit's located
 * tree as plain JSON; a member written twice keeps its first value, as the located model reads it.
 */
public final class RegoInput {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RegoInput() {}

    /** The unit's input object; empty when the policy text is not JSON (its syntax error is reported elsewhere). */
    public static Optional<ObjectNode> of(PolicyUnit unit) {
        return unit.document().root().map(root -> {
            ObjectNode input = JSON.objectNode();
            input.set("document", json(root));
            input.put("policyType", unit.policyType().name());
            input.put("resourceType", unit.effectiveResourceType());
            input.put("origin", unit.origin());
            input.put("file", unit.file());
            return input;
        });
    }

    static JsonNode json(Node node) {
        if (node instanceof Node.ObjectNode object) {
            ObjectNode out = JSON.objectNode();
            for (Node.Member m : object.members()) {
                if (!out.has(m.name())) {
                    out.set(m.name(), json(m.value()));
                }
            }
            return out;
        }
        if (node instanceof Node.ArrayNode array) {
            ArrayNode out = JSON.arrayNode(array.elements().size());
            for (Node e : array.elements()) {
                out.add(json(e));
            }
            return out;
        }
        if (node instanceof Node.StringNode s) {
            return JSON.textNode(s.value());
        }
        if (node instanceof Node.NumberNode n) {
            return number(n.text());
        }
        if (node instanceof Node.BooleanNode b) {
            return JSON.booleanNode(b.value());
        }
        return JSON.nullNode();
    }

    private static JsonNode number(String text) {
        BigDecimal value = new BigDecimal(text);
        if (value.scale() <= 0 || text.matches("-?\\d+")) {
            try {
                BigInteger integer = value.toBigIntegerExact();
                return integer.bitLength() < 64 ? JSON.numberNode(integer.longValue()) : JSON.numberNode(integer);
            } catch (ArithmeticException notIntegral) {
                // falls through to the decimal form
            }
        }
        return JSON.numberNode(value);
    }
}
