package io.iamgate.model;

/** Where a finding points in the policy text: a path and the span of the element it names. */
public record Location(Path path, Span span) {
}
