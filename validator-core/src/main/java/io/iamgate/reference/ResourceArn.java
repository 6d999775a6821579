package io.iamgate.reference;

import java.util.Optional;

/**
 * A Resource value from a policy split into the six ARN fields
 * ({@code arn:partition:service:region:account:resource}). Colons inside a policy variable
 * ({@code ${aws:username}}) do not split; the resource field keeps any further colons. Wildcards
 * and variables are kept as written; {@link ArnFormat} interprets them.
 */
public final class ResourceArn {

    private final String text;
    private final String partition;
    private final String service;
    private final String region;
    private final String account;
    private final String resource;
    final int[] partitionTokens;
    final int[] serviceTokens;
    final int[] regionTokens;
    final int[] accountTokens;
    final int[] resourceTokens;

    private ResourceArn(String text, String[] fields) {
        this.text = text;
        this.partition = fields[0];
        this.service = fields[1];
        this.region = fields[2];
        this.account = fields[3];
        this.resource = fields[4];
        this.partitionTokens = ArnTokens.ofPolicyText(partition);
        this.serviceTokens = ArnTokens.ofPolicyText(service);
        this.regionTokens = ArnTokens.ofPolicyText(region);
        this.accountTokens = ArnTokens.ofPolicyText(account);
        this.resourceTokens = ArnTokens.ofPolicyText(resource);
    }

    /**
     * Splits {@code text}; empty when it does not start with {@code arn:} or has fewer than six
     * fields (the MISSING_ARN_FIELD and INVALID_ARN_PREFIX cases, which callers report themselves).
     */
    public static Optional<ResourceArn> parse(String text) {
        if (!text.startsWith("arn:")) {
            return Optional.empty();
        }
        String[] fields = new String[5];
        int start = 4;
        int field = 0;
        for (int i = start; i < text.length() && field < 4; i++) {
            char c = text.charAt(i);
            if (c == '$' && text.startsWith("${", i)) {
                int close = text.indexOf('}', i + 2);
                if (close > 0) {
                    i = close;
                    continue;
                }
            }
            if (c == ':') {
                fields[field++] = text.substring(start, i);
                start = i + 1;
            }
        }
        if (field < 4) {
            return Optional.empty();
        }
        fields[4] = text.substring(start);
        return Optional.of(new ResourceArn(text, fields));
    }

    public String text() {
        return text;
    }

    public String partition() {
        return partition;
    }

    public String service() {
        return service;
    }

    public String region() {
        return region;
    }

    public String account() {
        return account;
    }

    /** Everything after the fifth colon, e.g. {@code log-group:app:*}. */
    public String resource() {
        return resource;
    }

    @Override
    public String toString() {
        return text;
    }
}
