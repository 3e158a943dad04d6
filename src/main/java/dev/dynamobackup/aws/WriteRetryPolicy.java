package dev.dynamobackup.aws;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * When a non-idempotent write ({@link WriteOperations}) may be sent again: only when the service (or
 * the network) said no before anything was done: throttling, LimitExceeded, a refused connection, a
 * connect timeout, an unknown host. Everything else that fails after the request left (attempt
 * timeout, reset or dropped reply, 5xx) is {@linkplain #outcomeUnknown ambiguous}: the caller checks
 * what happened instead of resending.
 */
public final class WriteRetryPolicy {
    /** More attempts than the reads' 3: only refusals are retried, so an extra attempt never duplicates work. */
    static final int MAX_ATTEMPTS = 5;

    private WriteRetryPolicy() {
    }

    /**
     * Adaptive (client-side rate limiting on throttling, like the reads) with a retry predicate of our
     * own; {@code useClientDefaults(false)} keeps the SDK from adding its retry-on-5xx/IO conditions.
     * Half jitter: a refused connection is tried again after at least 125, 250, 500 ms...
     */
    public static RetryStrategy strategy() {
        return DefaultRetryStrategy.adaptiveStrategyBuilder()
                .retryOnException(WriteRetryPolicy::saidNoBeforeWork)
                .treatAsThrottling(WriteRetryPolicy::isThrottling)
                .maxAttempts(MAX_ATTEMPTS)
                .backoffStrategy(BackoffStrategy.exponentialDelayHalfJitter(Duration.ofMillis(250), Duration.ofSeconds(5)))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelayHalfJitter(Duration.ofSeconds(1), Duration.ofSeconds(20)))
                .useClientDefaults(false)
                .build();
    }

    /** True when the request certainly was not carried out, so sending it again cannot do it twice. */
    public static boolean saidNoBeforeWork(Throwable error) {
        if (error instanceof AwsServiceException) return isThrottling(error) || isLimitExceeded(error);
        if (!(error instanceof SdkClientException)) return false;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException) {
                return true;
            }
            // Apache's ConnectTimeoutException: no connection was made, so nothing was sent
            if (t.getClass().getName().endsWith("ConnectTimeoutException")) return true;
        }
        return false;
    }

    /**
     * True when a write failed in a way that leaves its outcome open: the request may have been carried
     * out (timeout or lost reply after sending, or a 5xx). Client-side refusals and 4xx answers are not.
     */
    public static boolean outcomeUnknown(Throwable error) {
        if (saidNoBeforeWork(error)) return false;
        if (error instanceof AwsServiceException service) return service.statusCode() >= 500;
        return error instanceof SdkClientException;
    }

    static boolean isThrottling(Throwable error) {
        return error instanceof AwsServiceException service && service.isThrottlingException();
    }

    private static boolean isLimitExceeded(Throwable error) {
        AwsServiceException service = (AwsServiceException) error;
        String code = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
        return code != null && code.endsWith("LimitExceededException");
    }
}
