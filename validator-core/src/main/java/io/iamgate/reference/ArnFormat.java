package io.iamgate.reference;

import java.util.Locale;
import java.util.Optional;

/**
 * A resource type's ARN format from the reference, e.g.
 * {@code arn:${Partition}:s3:::${BucketName}/${ObjectName}}. Answers whether a policy's resource
 * ARN (with wildcards and variables) can name a resource of this format, and whether the format has
 * Region and account fields (ARN_REGION_NOT_ALLOWED, MISSING_ARN_REGION, ARN_ACCOUNT_NOT_ALLOWED,
 * MISSING_ARN_ACCOUNT).
 */
public final class ArnFormat {

    private final String format;
    private final String service;
    private final String region;
    private final String account;
    private final String resource;
    private final int[] partitionTokens;
    private final int[] serviceTokens;
    private final int[] regionTokens;
    private final int[] accountTokens;
    private final int[] resourceTokens;

    private ArnFormat(String format, ResourceArn fields) {
        this.format = format;
        this.service = fields.service();
        this.region = fields.region();
        this.account = fields.account();
        this.resource = fields.resource();
        this.partitionTokens = ArnTokens.ofFormat(fields.partition());
        this.serviceTokens = ArnTokens.ofFormat(service);
        this.regionTokens = ArnTokens.ofFormat(region);
        this.accountTokens = ArnTokens.ofFormat(account);
        this.resourceTokens = ArnTokens.ofFormat(resource);
    }

    /** Parses a format string; it must have the six ARN fields. */
    public static ArnFormat parse(String format) {
        // The field split is the same as for policy ARNs: ${...} placeholders never contain a colon
        // that separates fields.
        return ResourceArn.parse(format)
                .map(fields -> new ArnFormat(format, fields))
                .orElseThrow(() -> new IllegalArgumentException("not an ARN format: " + format));
    }

    public String format() {
        return format;
    }

    /** The service field as written, e.g. {@code s3}; usually, not always, the IAM prefix. */
    public String service() {
        return service;
    }

    /** Whether the service field is a placeholder (AWS Backup's {@code ${Vendor}}). */
    public boolean serviceIsPlaceholder() {
        return service.contains("${") || service.contains("*");
    }

    /** Whether resources of this format carry a Region (IAM and S3 buckets do not). */
    public boolean hasRegion() {
        return !region.isEmpty();
    }

    /** Whether resources of this format carry an account (S3 buckets do not). */
    public boolean hasAccount() {
        return !account.isEmpty();
    }

    public String region() {
        return region;
    }

    public String account() {
        return account;
    }

    /** The resource field template, e.g. {@code ${BucketName}/${ObjectName}}. */
    public String resource() {
        return resource;
    }

    /** Whether the policy ARN text can name a resource of this format; false if it is no ARN. */
    public boolean canMatch(String arn) {
        Optional<ResourceArn> parsed = ResourceArn.parse(arn);
        return parsed.isPresent() && canMatch(parsed.get());
    }

    /** Whether all six fields of the policy ARN can match this format at once. */
    public boolean canMatch(ResourceArn arn) {
        // Resource first: among a service's many types it is the field that usually tells them apart,
        // mostly on its first character.
        return ArnTokens.intersect(arn.resourceTokens, resourceTokens)
                && ArnTokens.intersect(arn.serviceTokens, serviceTokens)
                && ArnTokens.intersect(arn.regionTokens, regionTokens)
                && ArnTokens.intersect(arn.accountTokens, accountTokens)
                && ArnTokens.intersect(arn.partitionTokens, partitionTokens);
    }

    /**
     * Whether only the resource field can match, ignoring partition, Region and account: lets a
     * check tell "right resource, Region missing" (MISSING_ARN_REGION) from "no such resource"
     * (INVALID_ARN_RESOURCE).
     */
    public boolean canMatchResource(ResourceArn arn) {
        return ArnTokens.intersect(arn.resourceTokens, resourceTokens)
                && ArnTokens.intersect(arn.serviceTokens, serviceTokens);
    }

    String serviceKey() {
        return service.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return format;
    }
}
