package io.iamgate.analyze.local.arn;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.model.ElementEntry;
import io.iamgate.reference.ArnFormat;
import io.iamgate.reference.IamReference;
import io.iamgate.reference.ResourceArn;
import io.iamgate.reference.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Resource/NotResource entry that is an ARN, with the reference's ARN formats of the service its
 * service field names. Shared by the ARN checks so each asks one question of it.
 */
final class PolicyArn {

    private final ResourceArn arn;
    private final List<ArnFormat> formats;
    private List<ArnFormat> resourceMatches;

    private PolicyArn(ResourceArn arn, List<ArnFormat> formats) {
        this.arn = arn;
        this.formats = formats;
    }

    /**
     * The entry as an ARN with six fields; empty for "*", non-ARN text and short ARNs. Parsed once per
     * policy for all the ARN checks (memoised in the context by entry text).
     */
    static Optional<PolicyArn> of(CheckContext ctx, ElementEntry entry) {
        return ctx.memo(PolicyArn.class, entry.value(), text -> parse(ctx.reference(), text));
    }

    private static Optional<PolicyArn> parse(IamReference reference, String text) {
        if (!text.startsWith("arn:")) {
            return Optional.empty();
        }
        return ResourceArn.parse(text).map(arn -> new PolicyArn(arn, formatsOf(reference, arn)));
    }

    ResourceArn arn() {
        return arn;
    }

    /** The reference's ARN formats whose service field is this ARN's (empty for wildcard services). */
    List<ArnFormat> formats() {
        return formats;
    }

    private static List<ArnFormat> formatsOf(IamReference reference, ResourceArn arn) {
        if (!isLiteral(arn.service())) {
            return List.of();
        }
        List<ArnFormat> out = new ArrayList<>();
        for (ResourceType type : reference.resourceTypesForArnService(arn.service())) {
            for (ArnFormat format : type.arnFormats()) {
                if (format.service().equalsIgnoreCase(arn.service())) {
                    out.add(format);
                }
            }
        }
        return out;
    }

    /** A field without wildcards or policy variables, so it can be judged as written. */
    static boolean isLiteral(String field) {
        return field.indexOf('*') < 0 && field.indexOf('?') < 0 && !field.contains("${");
    }

    /** Whether the service field is literal and the reference has ARN formats for it. */
    boolean serviceKnown() {
        return !formats.isEmpty();
    }

    /** The formats whose service and resource fields can match (Region and account left aside); computed once. */
    List<ArnFormat> resourceMatches() {
        if (resourceMatches == null) {
            List<ArnFormat> out = new ArrayList<>();
            for (ArnFormat f : formats) {
                if (f.canMatchResource(arn)) {
                    out.add(f);
                }
            }
            resourceMatches = List.copyOf(out);
        }
        return resourceMatches;
    }

    String service() {
        return arn.service();
    }
}
