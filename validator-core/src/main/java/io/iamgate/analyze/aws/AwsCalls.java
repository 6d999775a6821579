package io.iamgate.analyze.aws;

import io.iamgate.analyze.AnalyzerException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.accessanalyzer.model.InternalServerException;
import software.amazon.awssdk.services.accessanalyzer.model.ThrottlingException;

/**
 * Every AWS call goes through here: one rate-limit token per attempt, retries with backoff and jitter on
 * throttling, 5xx and connection failures (bounded), and errors translated into messages that say what
 * to do. Counts the HTTP attempts made, for tests and the benchmark.
 */
public final class AwsCalls {

    private final RateLimiter limiter;
    private final RetryPolicy retry;
    private final String endpoint;
    private final AtomicLong attempts = new AtomicLong();

    public AwsCalls(RateLimiter limiter, RetryPolicy retry, String endpoint) {
        this.limiter = limiter;
        this.retry = retry;
        this.endpoint = endpoint;
    }

    public long attempts() {
        return attempts.get();
    }

    public <T> T call(String operation, Supplier<T> request) throws AnalyzerException {
        for (int attempt = 1; ; attempt++) {
            try {
                limiter.acquire();
                attempts.incrementAndGet();
                return request.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AnalyzerException(operation + " interrupted");
            } catch (SdkException e) {
                if (!retryable(e) || attempt >= retry.maxAttempts()) {
                    throw translate(operation, e, attempt);
                }
                sleep(retry.delay(attempt, retryAfter(e)));
            }
        }
    }

    private static boolean retryable(SdkException e) {
        if (e instanceof AwsServiceException s) {
            return s.statusCode() == 429 || s.statusCode() >= 500 || s.isThrottlingException();
        }
        return e instanceof SdkClientException
                && (e.getCause() instanceof IOException || e instanceof ApiCallAttemptTimeoutException);
    }

    /** The server's Retry-After, from the modelled member or the raw header. */
    private static Duration retryAfter(SdkException e) {
        Integer seconds = null;
        if (e instanceof ThrottlingException t) {
            seconds = t.retryAfterSeconds();
        } else if (e instanceof InternalServerException i) {
            seconds = i.retryAfterSeconds();
        }
        if (seconds == null
                && e instanceof AwsServiceException s
                && s.awsErrorDetails() != null
                && s.awsErrorDetails().sdkHttpResponse() != null) {
            seconds = s.awsErrorDetails()
                    .sdkHttpResponse()
                    .firstMatchingHeader("Retry-After")
                    .map(v -> {
                        try {
                            return Integer.valueOf(v.trim());
                        } catch (NumberFormatException x) {
                            return null;
                        }
                    })
                    .orElse(null);
        }
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }

    private static void sleep(Duration d) throws AnalyzerException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalyzerException("interrupted while backing off");
        }
    }

    private AnalyzerException translate(String operation, SdkException e, int attempts) {
        if (e instanceof AwsServiceException s) {
            String code = s.awsErrorDetails() == null
                    ? ""
                    : String.valueOf(s.awsErrorDetails().errorCode());
            String message = s.awsErrorDetails() == null || s.awsErrorDetails().errorMessage() == null
                    ? code
                    : s.awsErrorDetails().errorMessage();
            if (s.statusCode() == 429 || s.isThrottlingException()) {
                return new AnalyzerException(operation + " was still throttled after " + attempts + " attempts ("
                        + message + "): lower aws.maxRequestsPerSecond, or retry later");
            }
            if (s.statusCode() >= 500) {
                return new AnalyzerException(operation + " failed with HTTP " + s.statusCode() + " after " + attempts
                        + " attempts (" + message + "): AWS had a server error; retry later");
            }
            if (s.statusCode() == 401 || s.statusCode() == 403) {
                if (code.contains("AccessDenied")) {
                    return new AnalyzerException("AWS denied " + operation + " (" + message + "): grant the "
                            + "identity " + permission(operation) + " (e.g. the managed policy "
                            + "IAMAccessAnalyzerReadOnlyAccess), or run without --aws");
                }
                return new AnalyzerException("AWS rejected the credentials for " + operation + " (" + code + ": "
                        + message + "): refresh them (e.g. aws sso login) or pick another --profile");
            }
            return new AnalyzerException(
                    operation + " was refused with HTTP " + s.statusCode() + " " + code + " (" + message + ")");
        }
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return new AnalyzerException(operation + " timed out after " + attempts + " attempts at " + endpoint
                    + ": check the network or --aws-endpoint");
        }
        return new AnalyzerException("cannot reach AWS at " + endpoint + " for " + operation + " after " + attempts
                + " attempts (" + AwsClients.safe(e) + "): check the network, proxy settings, --region or "
                + "--aws-endpoint, or run without --aws");
    }

    private static String permission(String operation) {
        return operation.equals("GetAccountAuthorizationDetails")
                ? "iam:GetAccountAuthorizationDetails"
                : "access-analyzer:" + operation;
    }
}
