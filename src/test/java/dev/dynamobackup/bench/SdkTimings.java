package dev.dynamobackup.bench;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;

import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where the SDK's time goes in the import's BatchWriteItem calls, summed over all writers: preparing
 * (marshalling, endpoint rules, signing, interceptors) before the request is sent, on the wire (sent
 * until the reply is read: the server's time and the HTTP client's), and after (unmarshalling), with
 * the calls, attempts and replies that left UnprocessedItems.
 */
final class SdkTimings implements ExecutionInterceptor {
    private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("bench.started");
    private static final ExecutionAttribute<Long> SENT = new ExecutionAttribute<>("bench.sent");
    private static final ExecutionAttribute<Long> RECEIVED = new ExecutionAttribute<>("bench.received");
    private final LongAdder calls = new LongAdder();
    private final LongAdder attempts = new LongAdder();
    private final LongAdder unprocessed = new LongAdder();
    private final LongAdder prepareNanos = new LongAdder();
    private final LongAdder wireNanos = new LongAdder();
    private final LongAdder afterNanos = new LongAdder();

    private static boolean counted(ExecutionAttributes a) {
        return "BatchWriteItem".equals(a.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes a) {
        if (counted(a)) a.putAttribute(STARTED, System.nanoTime());
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes a) {
        if (!counted(a)) return;
        long now = System.nanoTime();
        // the first attempt's preparation; a retry's is the SDK's backoff, not preparation
        if (a.getAttribute(SENT) == null) prepareNanos.add(now - a.getAttribute(STARTED));
        a.putAttribute(SENT, now);
        attempts.increment();
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes a) {
        if (!counted(a)) return;
        long now = System.nanoTime();
        wireNanos.add(now - a.getAttribute(SENT));
        a.putAttribute(RECEIVED, now);
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes a) {
        if (!counted(a)) return;
        afterNanos.add(System.nanoTime() - a.getAttribute(RECEIVED));
        calls.increment();
        if (context.response() instanceof BatchWriteItemResponse r && r.hasUnprocessedItems() && !r.unprocessedItems().isEmpty()) {
            unprocessed.increment();
        }
    }

    void reset() {
        for (LongAdder a : new LongAdder[]{calls, attempts, unprocessed, prepareNanos, wireNanos, afterNanos}) a.reset();
    }

    /** One line; {@code wallSeconds} is the write phase, so wire time / wall = requests at the server on average. */
    String describe(double wallSeconds) {
        long n = Math.max(1, calls.sum());
        return String.format(Locale.ROOT,
                "%d BatchWriteItem calls, %d attempts, %d with UnprocessedItems; per call: prepare %.0f us, on the wire %.2f ms, "
                        + "unmarshal %.0f us; %.1f calls at the server on average",
                calls.sum(), attempts.sum(), unprocessed.sum(), prepareNanos.sum() / 1e3 / n, wireNanos.sum() / 1e6 / n,
                afterNanos.sum() / 1e3 / n, wireNanos.sum() / 1e9 / wallSeconds);
    }
}
