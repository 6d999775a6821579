package io.iamgate.model;

import io.iamgate.load.Node;

/** One value of a condition key: a string, number or boolean as written, with its location. */
public record ConditionValue(Node node, ElementPath path) {

    /** The value as text: strings unquoted, numbers and booleans as written. */
    public String text() {
        if (node instanceof Node.StringNode s) {
            return s.value();
        }
        if (node instanceof Node.NumberNode n) {
            return n.text();
        }
        if (node instanceof Node.BooleanNode b) {
            return Boolean.toString(b.value());
        }
        return "";
    }

    public boolean isString() {
        return node instanceof Node.StringNode;
    }

    public Location location() {
        return new Location(path, node.span());
    }
}
