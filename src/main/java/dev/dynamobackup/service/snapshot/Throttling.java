package dev.dynamobackup.service.snapshot;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Throttled reads and writes are retried, never skipped: exponential backoff with full jitter,
 * capped, for as long as it takes (the job can still be cancelled). Other errors end the job.
 */
final class Throttling {
    static final long BASE_MILLIS = 50;
    static final long CAP_MILLIS = 5_000;

    private Throttling() {
    }

    static boolean isThrottle(RuntimeException e) {
        if (e instanceof ProvisionedThroughputExceededException || e instanceof RequestLimitExceededException) return true;
        if (e instanceof AwsServiceException ase) {
            if (ase.isThrottlingException()) return true;
            String code = ase.awsErrorDetails() == null ? null : ase.awsErrorDetails().errorCode();
            return "ThrottlingException".equals(code) || "LimitExceededException".equals(code);
        }
        return false;
    }

    /** Sleeps before retry number {@code attempt} (0-based). */
    static void backoff(int attempt, CancelSignal cancel) throws InterruptedException {
        cancel.check();
        long ceiling = Math.min(CAP_MILLIS, BASE_MILLIS << Math.min(attempt, 16));
        Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }
}
