package io.iamgate.extract.cloudformation;

import io.iamgate.load.ParsedJson;

/**
 * A template as extracted: its file, located tree and the resolver its policies were resolved with, so
 * that the principal stage links resources by the same values (Ref, GetAtt, Sub) without reading the file
 * again; {@code namer} names its units' origins as extraction did; {@code assembly} names the group of stacks
 * deployed together ({@code cdk:} and the directory of a CDK cloud assembly), whose stacks link to each other
 * through exports and nested stack parameters, or is empty for a template on its own. The resolver is not
 * thread-safe: one stage uses it at a time.
 */
public record CloudFormationStack(String file, ParsedJson parsed, Template template, IntrinsicResolver resolver,
        TemplatePolicies.OriginNamer namer, String assembly) {

    /** A plain CloudFormation template, on its own. */
    public CloudFormationStack(String file, ParsedJson parsed, Template template, IntrinsicResolver resolver) {
        this(file, parsed, template, resolver, TemplatePolicies.CLOUDFORMATION, "");
    }
}
