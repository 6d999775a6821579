package io.iamgate.extract.cloudformation;

import io.iamgate.load.ParsedJson;

/**
 * A template as extracted: its file, located tree and the resolver its policies were resolved with, so
 * that the principal stage links resources by the same values (Ref, GetAtt, Sub) without reading the file
 * again. The resolver is not thread-safe: one stage uses it at a time.
 */
public record CloudFormationStack(String file, ParsedJson parsed, Template template, IntrinsicResolver resolver) {
}
