package io.iamgate.cli;

import io.iamgate.analyze.aws.AwsSettings;
import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The Access Analyzer flags shared by validate and audit; translated into {@link AwsSettings} only. */
final class AwsOptions {

    @Option(
            names = "--aws",
            description = "Also ask IAM Access Analyzer (ValidatePolicy and the configured custom checks).")
    boolean aws;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS Region (default: the SDK's region chain).")
    String region;

    @Option(
            names = "--profile",
            paramLabel = "PROFILE",
            description = "AWS profile (default: the SDK's credential chain).")
    String profile;

    @Option(
            names = "--aws-endpoint",
            paramLabel = "URL",
            description = "Access Analyzer / IAM endpoint override (VPC endpoints, tests).")
    URI endpoint;

    @Option(names = "--no-cache", description = "Ask AWS even for policies whose answer is cached.")
    boolean noCache;

    AwsSettings apply(AwsSettings base, boolean forceEnabled) {
        AwsSettings s = base.withEnabled(base.enabled() || aws || forceEnabled);
        if (region != null) {
            s = s.withRegion(Optional.of(region));
        }
        if (profile != null) {
            s = s.withProfile(Optional.of(profile));
        }
        if (endpoint != null) {
            s = s.withEndpoint(Optional.of(endpoint));
        }
        if (noCache) {
            s = s.withCache(false);
        }
        return s;
    }
}
