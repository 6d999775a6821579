package io.iamgate.analyze.local.arn;

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
record PolicyArn(ElementEntry entry, ResourceArn arn, List<ArnFormat> formats) {

    /** The entry as an ARN with six fields; empty for "*", non-ARN text and short ARNs. */
    static Optional<PolicyArn> of(IamReference reference, ElementEntry entry) {
        if (!entry.value().startsWith("arn:")) {
            return Optional.empty();
        }
        return ResourceArn.parse(entry.value()).map(arn -> new PolicyArn(entry, arn, formatsOf(reference, arn)));
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

    /** The formats whose service and resource fields can match (Region and account left aside). */
    List<ArnFormat> resourceMatches() {
        List<ArnFormat> out = new ArrayList<>();
        for (ArnFormat f : formats) {
            if (f.canMatchResource(arn)) {
                out.add(f);
            }
        }
        return out;
    }

    String service() {
        return arn.service();
    }
}
