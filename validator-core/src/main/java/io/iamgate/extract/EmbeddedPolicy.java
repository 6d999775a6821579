package io.iamgate.extract;

import io.iamgate.load.LocatedJsonParser;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.SourceMapping;
import java.util.List;

/** Turns a policy assembled from infrastructure code into a unit: rendered text plus the way back. */
public final class EmbeddedPolicy {

    private EmbeddedPolicy() {}

    public static PolicyUnit unit(
            String file,
            String origin,
            PolicyType type,
            String resourceType,
            TemplateValue policy,
            List<String> notes) {
        PolicyText.Rendered rendered = PolicyText.render(policy);
        PolicyDocument document = PolicyDocument.of(new LocatedJsonParser().parse(rendered.text()));
        return new PolicyUnit(
                file,
                origin,
                type,
                resourceType,
                document,
                new PathSourceMapping(rendered.origins(), policy.origin()),
                notes,
                SourceFindings.notChecked(document, rendered.unknown()));
    }

    /**
     * A policy written as a JSON string inside the source (Terraform attributes, CloudFormation properties
     * that take a string): the string is what AWS receives, so it is validated verbatim.
     */
    public static PolicyUnit fromText(
            String file,
            String origin,
            PolicyType type,
            String resourceType,
            String text,
            SourceMapping mapping,
            List<String> notes) {
        return fromText(file, origin, type, resourceType, text, null, mapping, notes);
    }

    /** As above, for a text built from values not known until deployment ({@code unknown} says why; else null). */
    public static PolicyUnit fromText(
            String file,
            String origin,
            PolicyType type,
            String resourceType,
            String text,
            String unknown,
            SourceMapping mapping,
            List<String> notes) {
        PolicyDocument document = PolicyDocument.of(new LocatedJsonParser().parse(text));
        return new PolicyUnit(
                file,
                origin,
                type,
                resourceType,
                document,
                mapping,
                notes,
                unknown == null ? List.of() : SourceFindings.notCheckedText(document, unknown));
    }
}
