package io.iamgate.extract.cloudformation;

import io.iamgate.load.Node;
import io.iamgate.load.Node.ArrayNode;
import io.iamgate.load.Node.Member;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.load.Node.StringNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * An {@code Fn::Join} of literals, and of joins of literals, folded to its string however deep it nests:
 * with an explicit stack, so depth neither overflows the Java stack nor meets the resolver's depth limit
 * (which would turn {@code "*"} written as 40 nested joins into a placeholder). Linear in the nodes visited.
 */
final class LiteralJoin {

    /** A join being folded: its delimiter, its items and the parts folded so far. */
    private record Frame(String delimiter, List<Node> items, List<String> parts) {}

    private LiteralJoin() {}

    /** The joined string, when {@code arg} (the value of an Fn::Join) holds literals and literal joins only. */
    static Optional<String> fold(Node arg) {
        Optional<Frame> first = frame(arg);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(first.get());
        while (true) {
            Frame top = stack.peek();
            if (top.parts().size() == top.items().size()) {
                stack.pop();
                String joined = String.join(top.delimiter(), top.parts());
                if (stack.isEmpty()) {
                    return Optional.of(joined);
                }
                stack.peek().parts().add(joined);
                continue;
            }
            Node item = top.items().get(top.parts().size());
            Optional<String> literal = literal(item);
            if (literal.isPresent()) {
                top.parts().add(literal.get());
                continue;
            }
            Optional<Frame> nested = join(item).flatMap(LiteralJoin::frame);
            if (nested.isEmpty()) {
                return Optional.empty();
            }
            stack.push(nested.get());
        }
    }

    private static Optional<Frame> frame(Node arg) {
        if (arg instanceof ArrayNode a
                && a.elements().size() == 2
                && a.elements().get(0) instanceof StringNode d
                && a.elements().get(1) instanceof ArrayNode items) {
            return Optional.of(new Frame(
                    d.value(),
                    items.elements(),
                    new ArrayList<>(items.elements().size())));
        }
        return Optional.empty();
    }

    private static Optional<Node> join(Node node) {
        if (node instanceof ObjectNode o && o.members().size() == 1) {
            Member m = o.members().get(0);
            if (m.name().equals("Fn::Join")) {
                return Optional.of(m.value());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> literal(Node node) {
        if (node instanceof StringNode s) {
            // A dynamic reference is read at deployment: left to the resolver, which marks it.
            return s.value().contains("{{resolve:") ? Optional.empty() : Optional.of(s.value());
        }
        if (node instanceof Node.NumberNode n) {
            return Optional.of(n.text());
        }
        if (node instanceof Node.BooleanNode b) {
            return Optional.of(String.valueOf(b.value()));
        }
        return Optional.empty();
    }
}
