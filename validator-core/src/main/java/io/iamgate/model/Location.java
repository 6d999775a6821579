package io.iamgate.model;

import io.iamgate.load.Span;

/** Where a finding points in the policy text: a path and the span of the element it names. */
public record Location(ElementPath path, Span span) {}
