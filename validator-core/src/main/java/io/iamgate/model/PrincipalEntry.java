package io.iamgate.model;

import io.iamgate.load.Node;

/**
 * One principal of Principal or NotPrincipal: {@code type} is AWS, Service, Federated, CanonicalUser (or
 * whatever key the author wrote), or "*" for the bare wildcard {@code "Principal": "*"}.
 */
public record PrincipalEntry(String element, String type, String value, ElementPath path, Node node) {

    public static final String WILDCARD = "*";

    public Location location() {
        return new Location(path, node.span());
    }

    public boolean isNegated() {
        return element.equals("NotPrincipal");
    }

    /** True for "*" and {"AWS": "*"}: anyone. */
    public boolean isAnyone() {
        return "*".equals(value) && (type.equals(WILDCARD) || type.equals("AWS"));
    }
}
