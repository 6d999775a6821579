package io.iamgate.load;

import java.util.List;
import java.util.Optional;

/**
 * A JSON (or YAML) value with the span of its token in the source text. Object members keep their order
 * and duplicates, so checks see exactly what the author wrote.
 */
public sealed interface Node {

    Span span();

    /** The JSON type name Access Analyzer uses in DATA_TYPE_MISMATCH messages. */
    String typeName();

    record Member(String name, Span nameSpan, Node value) {}

    record ObjectNode(List<Member> members, Span span) implements Node {
        public ObjectNode {
            members = List.copyOf(members);
        }

        /** The first member with exactly this name. */
        public Optional<Member> member(String name) {
            for (Member m : members) {
                if (m.name().equals(name)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }

        public Optional<Node> get(String name) {
            return member(name).map(Member::value);
        }

        @Override
        public String typeName() {
            return "object";
        }
    }

    record ArrayNode(List<Node> elements, Span span) implements Node {
        public ArrayNode {
            elements = List.copyOf(elements);
        }

        @Override
        public String typeName() {
            return "array";
        }
    }

    record StringNode(String value, Span span) implements Node {
        @Override
        public String typeName() {
            return "string";
        }
    }

    /** A number, kept as written so that no precision or form is lost. */
    record NumberNode(String text, Span span) implements Node {
        @Override
        public String typeName() {
            return "number";
        }
    }

    record BooleanNode(boolean value, Span span) implements Node {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    record NullNode(Span span) implements Node {
        @Override
        public String typeName() {
            return "null";
        }
    }
}
