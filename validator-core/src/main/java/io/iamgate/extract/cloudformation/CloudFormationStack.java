package io.iamgate.extract.cloudformation;

import io.iamgate.extract.ExtractionException;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.load.ParsedJson;
import io.iamgate.model.SourceResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A template as extracted: its file, located tree and the resolver its policies were resolved with, so
 * that the principal stage links resources by the same values (Ref, GetAtt, Sub) without reading the file
 * again; {@code namer} names its units' origins as extraction did; {@code assembly} names the group of stacks
 * deployed together ({@code cdk:} and the directory of a CDK cloud assembly), whose stacks link to each other
 * through exports and nested stack parameters, or is empty for a template on its own. The resolver is not
 * thread-safe: one stage uses it at a time.
 */
public record CloudFormationStack(
        String file,
        ParsedJson parsed,
        Template template,
        IntrinsicResolver resolver,
        TemplatePolicies.OriginNamer namer,
        String assembly) {

    /** A plain CloudFormation template, on its own. */
    public CloudFormationStack(String file, ParsedJson parsed, Template template, IntrinsicResolver resolver) {
        this(file, parsed, template, resolver, TemplatePolicies.CLOUDFORMATION, "");
    }

    /**
     * Every resource that declares suppressions in its Metadata, whether or not it holds a policy, so that one
     * written on a resource without a policy (a bucket whose policy is a separate resource) is reported as
     * accepting nothing rather than passed over.
     */
    public List<SourceResource> suppressingResources() {
        List<SourceResource> out = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> e : template.resources().entrySet()) {
            try {
                SourceResource r = ResourceSuppressions.of(file, e.getKey(), e.getValue());
                if (!r.suppressions().isEmpty()) {
                    out.add(r);
                }
            } catch (ExtractionException unreadable) {
                // Never here: extraction reads every resource's suppressions first and refuses the template.
            }
        }
        return out;
    }
}
