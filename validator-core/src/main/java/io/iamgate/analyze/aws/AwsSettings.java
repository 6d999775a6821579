package io.iamgate.analyze.aws;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Access Analyzer settings: off unless asked for. {@code maxRequestsPerSecond} is the client-side rate
 * limit; {@code cache} keeps answers by policy content hash.
 */
public record AwsSettings(
        boolean enabled,
        Optional<String> region,
        Optional<String> profile,
        Optional<URI> endpoint,
        double maxRequestsPerSecond,
        boolean cache,
        CustomChecks customChecks) {

    public static final AwsSettings DISABLED =
            new AwsSettings(false, Optional.empty(), Optional.empty(), Optional.empty(), 5.0, true, CustomChecks.NONE);

    public AwsSettings withEnabled(boolean value) {
        return new AwsSettings(value, region, profile, endpoint, maxRequestsPerSecond, cache, customChecks);
    }

    public AwsSettings withRegion(Optional<String> value) {
        return new AwsSettings(enabled, value, profile, endpoint, maxRequestsPerSecond, cache, customChecks);
    }

    public AwsSettings withProfile(Optional<String> value) {
        return new AwsSettings(enabled, region, value, endpoint, maxRequestsPerSecond, cache, customChecks);
    }

    public AwsSettings withEndpoint(Optional<URI> value) {
        return new AwsSettings(enabled, region, profile, value, maxRequestsPerSecond, cache, customChecks);
    }

    public AwsSettings withCache(boolean value) {
        return new AwsSettings(enabled, region, profile, endpoint, maxRequestsPerSecond, value, customChecks);
    }

    /**
     * The custom policy checks: actions/resources that must never be granted, resource types that must
     * not be public, and reference policies (or a baseline directory) that must not be exceeded.
     */
    public record CustomChecks(
            List<String> actionsNotGranted,
            List<String> resourcesNotGranted,
            boolean noPublicAccess,
            Optional<java.nio.file.Path> noNewAccessReference,
            Optional<java.nio.file.Path> noNewAccessBaselineDirectory) {

        public static final CustomChecks NONE =
                new CustomChecks(List.of(), List.of(), false, Optional.empty(), Optional.empty());

        public CustomChecks {
            actionsNotGranted = List.copyOf(actionsNotGranted);
            resourcesNotGranted = List.copyOf(resourcesNotGranted);
        }
    }
}
