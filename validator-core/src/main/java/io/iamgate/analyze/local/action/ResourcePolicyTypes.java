package io.iamgate.analyze.local.action;

import io.iamgate.reference.ResourceArn;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resource types ValidatePolicy takes as validatePolicyResourceType, with the services whose actions
 * and the ARN shapes a policy attached to them may name. Trust policies (AWS::IAM::AssumeRolePolicyDocument)
 * have their own checks and are not listed.
 */
public record ResourcePolicyTypes(
        String resourceType,
        String displayName,
        Set<String> services,
        String arnService,
        boolean regional,
        String resourcePrefix) {

    private static final Map<String, ResourcePolicyTypes> TYPES = Map.of(
            "AWS::S3::Bucket", new ResourcePolicyTypes("AWS::S3::Bucket", "S3 Bucket", Set.of("s3"), "s3", false, ""),
            "AWS::S3::AccessPoint",
                    new ResourcePolicyTypes(
                            "AWS::S3::AccessPoint", "S3 Access Point", Set.of("s3"), "s3", true, "accesspoint/"),
            "AWS::S3::MultiRegionAccessPoint",
                    new ResourcePolicyTypes(
                            "AWS::S3::MultiRegionAccessPoint",
                            "S3 Multi-Region Access Point",
                            Set.of("s3"),
                            "s3",
                            false,
                            "accesspoint/"),
            "AWS::S3ObjectLambda::AccessPoint",
                    new ResourcePolicyTypes(
                            "AWS::S3ObjectLambda::AccessPoint",
                            "S3 Object Lambda Access Point",
                            Set.of("s3-object-lambda"),
                            "s3-object-lambda",
                            true,
                            "accesspoint/"),
            "AWS::DynamoDB::Table",
                    new ResourcePolicyTypes(
                            "AWS::DynamoDB::Table", "DynamoDB Table", Set.of("dynamodb"), "dynamodb", true, "table/"));

    public static Optional<ResourcePolicyTypes> of(String resourceType) {
        return resourceType == null ? Optional.empty() : Optional.ofNullable(TYPES.get(resourceType));
    }

    /** Whether an action of {@code servicePrefix} may appear in a policy attached to this type. */
    public boolean allowsService(String servicePrefix) {
        return services.contains(servicePrefix.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the Resource value can name this type's resources: its service, with or without Region
     * as the type's ARNs have it, and a resource part that can start as the type's does. Wildcards in a
     * field are accepted where the field may hold a value.
     */
    public boolean allowsResource(String value) {
        Optional<ResourceArn> parsed = ResourceArn.parse(value);
        if (parsed.isEmpty()) {
            return false;
        }
        ResourceArn arn = parsed.get();
        if (!arn.service().equals(arnService) && !arn.service().equals("*")) {
            return false;
        }
        boolean emptyRegion = arn.region().isEmpty();
        if (!regional && !emptyRegion || regional && emptyRegion) {
            return false;
        }
        if (resourcePrefix.isEmpty()) {
            return arn.account().isEmpty();
        }
        String resource = arn.resource();
        int n = Math.min(resource.length(), resourcePrefix.length());
        for (int i = 0; i < n; i++) {
            char c = resource.charAt(i);
            if (c == '*' || c == '$') {
                return true;
            }
            if (c != '?' && c != resourcePrefix.charAt(i)) {
                return false;
            }
        }
        return resource.length() >= resourcePrefix.length();
    }
}
