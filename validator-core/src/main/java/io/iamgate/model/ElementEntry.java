package io.iamgate.model;

import io.iamgate.load.Node;
import io.iamgate.load.Span;

/**
 * One string entry of Action, NotAction, Resource or NotResource, with its location. {@code path} ends
 * with the element name for a scalar, or with the index for an array entry.
 */
public record ElementEntry(String element, String value, ElementPath path, Node node) {

    public Span span() {
        return node.span();
    }

    public Location location() {
        return new Location(path, node.span());
    }

    public boolean isNegated() {
        return element.startsWith("Not");
    }
}
