package io.iamgate.analyze.aws;

import io.iamgate.analyze.AnalyzerException;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * The SDK clients for one run, built from {@link AwsSettings}: region and credentials through the SDK's
 * default chains (or --profile / --region), an optional endpoint override, explicit timeouts, and the
 * SDK's own retries turned off because {@link AwsCalls} retries with the rate limit in the loop.
 * Credentials are resolved once up front so that a missing identity fails fast with a useful message.
 */
public final class AwsClients implements AutoCloseable {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(20);
    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(30);

    private final SdkHttpClient http;
    private final AccessAnalyzerClient accessAnalyzer;
    private final IamClient iam;
    private final String endpointDescription;

    private AwsClients(SdkHttpClient http, AccessAnalyzerClient accessAnalyzer, IamClient iam, String endpoint) {
        this.http = http;
        this.accessAnalyzer = accessAnalyzer;
        this.iam = iam;
        this.endpointDescription = endpoint;
    }

    /**
     * @param credentials a provider to use instead of the default chain (tests pass static credentials)
     */
    public static AwsClients create(AwsSettings settings, Optional<AwsCredentialsProvider> credentials)
            throws AnalyzerException {
        Region region = region(settings);
        AwsCredentialsProvider provider =
                credentials.orElseGet(() -> settings.profile().isPresent()
                        ? ProfileCredentialsProvider.create(settings.profile().get())
                        : DefaultCredentialsProvider.builder().build());
        try {
            provider.resolveCredentials();
        } catch (SdkException | IllegalArgumentException e) {
            throw new AnalyzerException(
                    settings.profile().isPresent()
                            ? "no usable AWS credentials for profile '"
                                    + settings.profile().get() + "' (" + safe(e)
                                    + "): check ~/.aws/config and ~/.aws/credentials, or run without --aws"
                            : "no AWS credentials found: set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, pass "
                                    + "--profile, use an instance/container role, or run without --aws");
        }
        SdkHttpClient http = UrlConnectionHttpClient.builder()
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(SOCKET_TIMEOUT)
                .build();
        ClientOverrideConfiguration override = ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.doNotRetry())
                .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                .apiCallTimeout(ATTEMPT_TIMEOUT.plusSeconds(5))
                .build();
        var aa = AccessAnalyzerClient.builder()
                .httpClient(http)
                .region(region)
                .credentialsProvider(provider)
                .overrideConfiguration(override);
        var iam = IamClient.builder()
                .httpClient(http)
                .region(region)
                .credentialsProvider(provider)
                .overrideConfiguration(override);
        settings.endpoint().ifPresent(uri -> {
            aa.endpointOverride(uri);
            iam.endpointOverride(uri);
        });
        String endpoint =
                settings.endpoint().map(Object::toString).orElse("access-analyzer." + region.id() + ".amazonaws.com");
        return new AwsClients(http, aa.build(), iam.build(), endpoint);
    }

    private static Region region(AwsSettings settings) throws AnalyzerException {
        if (settings.region().isPresent()) {
            return Region.of(settings.region().get());
        }
        try {
            var chain = settings.profile().isPresent()
                    ? DefaultAwsRegionProviderChain.builder()
                            .profileName(settings.profile().get())
                            .build()
                    : new DefaultAwsRegionProviderChain();
            return chain.getRegion();
        } catch (SdkException e) {
            throw new AnalyzerException("no AWS region: pass --region (e.g. --region us-east-1), set AWS_REGION, "
                    + "or set a region in the AWS profile");
        }
    }

    /** An exception's message without anything that could be a secret: only the SDK's own wording. */
    static String safe(Throwable e) {
        String m = e.getMessage();
        return m == null
                ? e.getClass().getSimpleName()
                : m.replaceAll("(?i)(secret|token|key)[^ ,;]*=[^ ,;]+", "$1=***");
    }

    public AccessAnalyzerClient accessAnalyzer() {
        return accessAnalyzer;
    }

    public IamClient iam() {
        return iam;
    }

    /** Where calls go, for messages: the endpoint override or the regional host. */
    public String endpoint() {
        return endpointDescription;
    }

    @Override
    public void close() {
        accessAnalyzer.close();
        iam.close();
        http.close();
    }
}
