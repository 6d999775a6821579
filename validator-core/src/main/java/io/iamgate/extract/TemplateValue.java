package io.iamgate.extract;

import io.iamgate.load.Node;
import io.iamgate.load.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON value assembled from infrastructure code (a template after its intrinsics are resolved, a
 * synthesised Lambda permission policy), each part remembering the position in the source file it came
 * from: the literal it was written as or, for a computed value, the intrinsic that produced it.
 */
public sealed interface TemplateValue {

    Position origin();

    record Field(String name, Position nameOrigin, TemplateValue value) {}

    record Obj(List<Field> fields, Position origin) implements TemplateValue {
        public Obj {
            fields = List.copyOf(fields);
        }

        public Optional<TemplateValue> get(String name) {
            return fields.stream()
                    .filter(f -> f.name().equals(name))
                    .map(Field::value)
                    .findFirst();
        }
    }

    record Arr(List<TemplateValue> items, Position origin) implements TemplateValue {
        public Arr {
            items = List.copyOf(items);
        }
    }

    /**
     * A string; {@code unknown} says why it is a placeholder rather than the value that will be deployed (a
     * parameter without a default, an import, an attribute computed at deployment), or is null when known.
     */
    record Str(String value, Position origin, String unknown) implements TemplateValue {
        public Str(String value, Position origin) {
            this(value, origin, null);
        }
    }

    record Num(String text, Position origin) implements TemplateValue {}

    record Bool(boolean value, Position origin) implements TemplateValue {}

    record Null(Position origin) implements TemplateValue {}

    /** A literal subtree, every part at its own position. */
    static TemplateValue literal(Node node) {
        return literal(node, null);
    }

    /** A literal subtree; with {@code at} set, every part is placed there (e.g. a policy parsed from a string). */
    static TemplateValue literal(Node node, Position at) {
        Position here = at != null ? at : node.span().start();
        if (node instanceof Node.ObjectNode o) {
            List<Field> fields = new ArrayList<>(o.members().size());
            for (Node.Member m : o.members()) {
                fields.add(new Field(m.name(), at != null ? at : m.nameSpan().start(), literal(m.value(), at)));
            }
            return new Obj(fields, here);
        }
        if (node instanceof Node.ArrayNode a) {
            List<TemplateValue> items = new ArrayList<>(a.elements().size());
            for (Node e : a.elements()) {
                items.add(literal(e, at));
            }
            return new Arr(items, here);
        }
        if (node instanceof Node.StringNode s) {
            return new Str(s.value(), here);
        }
        if (node instanceof Node.NumberNode n) {
            return new Num(n.text(), here);
        }
        if (node instanceof Node.BooleanNode b) {
            return new Bool(b.value(), here);
        }
        return new Null(here);
    }

    /** The value as text, as CloudFormation would turn a scalar into a string; empty for collections. */
    static Optional<String> scalarText(TemplateValue v) {
        if (v instanceof Str s) {
            return Optional.of(s.value());
        }
        if (v instanceof Num n) {
            return Optional.of(n.text());
        }
        if (v instanceof Bool b) {
            return Optional.of(String.valueOf(b.value()));
        }
        return Optional.empty();
    }
}
