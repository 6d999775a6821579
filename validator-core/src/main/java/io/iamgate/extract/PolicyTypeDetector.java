package io.iamgate.extract;

import io.iamgate.model.ElementEntry;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a raw policy's type from its content (the rule is written in docs/cli.md):
 * no statement names a Principal: identity policy; every statement names one and grants only role
 * assumption (sts:AssumeRole*, sts:TagSession, sts:SetSourceIdentity, sts:SetContext): trust policy;
 * otherwise: resource policy. SCPs and RCPs look like identity and resource policies, so they need
 * --policy-type or a configuration glob.
 */
public final class PolicyTypeDetector {

    private static final Set<String> ROLE_ASSUMPTION = Set.of(
            "sts:assumerole",
            "sts:assumerolewithsaml",
            "sts:assumerolewithwebidentity",
            "sts:tagsession",
            "sts:setsourceidentity",
            "sts:setcontext",
            "sts:*",
            "rolesanywhere:createsession");

    private PolicyTypeDetector() {}

    public static PolicyType detect(PolicyDocument document) {
        boolean anyPrincipal = false;
        boolean allTrust = !document.statements().isEmpty();
        for (Statement s : document.statements()) {
            boolean hasPrincipal = s.has("Principal") || s.has("NotPrincipal");
            anyPrincipal |= hasPrincipal;
            boolean trustActions = !s.actionEntries().isEmpty()
                    && s.actionEntries().stream()
                            .allMatch(a -> !a.isNegated()
                                    && ROLE_ASSUMPTION.contains(a.value().toLowerCase(Locale.ROOT)));
            allTrust &= hasPrincipal && trustActions && !s.has("Resource") && !s.has("NotResource");
        }
        if (!anyPrincipal) {
            return PolicyType.IDENTITY_POLICY;
        }
        return allTrust ? PolicyType.TRUST_POLICY : PolicyType.RESOURCE_POLICY;
    }

    /**
     * The validatePolicyResourceType a resource policy's ARNs imply: a policy on S3 bucket and object
     * ARNs only is a bucket policy. Other resource policies get the generic resource-policy checks.
     */
    public static Optional<String> detectResourceType(PolicyDocument document) {
        boolean any = false;
        for (Statement s : document.statements()) {
            for (ElementEntry r : s.resourceEntries()) {
                any = true;
                String[] arn = r.value().split(":", 6);
                boolean bucketOrObject = arn.length == 6
                        && arn[0].equals("arn")
                        && arn[2].equals("s3")
                        && arn[3].isEmpty()
                        && arn[4].isEmpty();
                if (!bucketOrObject) {
                    return Optional.empty();
                }
            }
        }
        return any ? Optional.of("AWS::S3::Bucket") : Optional.empty();
    }
}
