package dev.dynamobackup.service;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.LimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bulk queue with a fake operation: retries and backoff without AWS. */
class BulkQueueTest {
    private final List<Duration> slept = new CopyOnWriteArrayList<>();
    private final BulkQueue queue = new BulkQueue(new RateLimiter(1000), slept::add);

    private static LimitExceededException limitExceeded() {
        return (LimitExceededException) LimitExceededException.builder().message("Too many operations")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("LimitExceededException").build()).statusCode(400).build();
    }

    /** Records what the queue reported per item. */
    private static final class Recording<I, R> implements BulkQueue.Listener<I, R> {
        final Map<I, Integer> retries = new ConcurrentHashMap<>();
        final List<I> succeeded = new CopyOnWriteArrayList<>();
        final List<I> failed = new CopyOnWriteArrayList<>();

        @Override
        public void retrying(I item, int attempt, Duration wait, Throwable error) {
            retries.merge(item, 1, Integer::sum);
        }

        @Override
        public void succeeded(I item, R result) {
            succeeded.add(item);
        }

        @Override
        public void failed(I item, Throwable error) {
            failed.add(item);
        }
    }

    @Test
    void retriesLimitExceededWithGrowingBackoffThenSucceeds() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Recording<String, String> listener = new Recording<>();

        var outcomes = queue.run(List.of("a"), item -> {
            if (calls.incrementAndGet() <= 3) throw limitExceeded();
            return item + "-done";
        }, listener);

        assertEquals("a-done", outcomes.get(0).result());
        assertEquals(4, calls.get());
        assertEquals(3, listener.retries.get("a"));
        assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000)), slept);
        assertEquals(List.of("a"), listener.succeeded);
    }

    @Test
    void givesUpAfterMaxAttemptsAndKeepsGoingWithTheOthers() throws Exception {
        Recording<String, String> listener = new Recording<>();

        var outcomes = queue.run(List.of("stuck", "fine"), item -> {
            if (item.equals("stuck")) throw limitExceeded();
            return item;
        }, listener);

        assertFalse(outcomes.get(0).succeeded());
        assertTrue(outcomes.get(1).succeeded(), "the outcomes keep the items' order");
        assertEquals(List.of("stuck"), listener.failed);
        assertEquals(BulkQueue.MAX_ATTEMPTS - 1, listener.retries.get("stuck"));
        assertTrue(slept.stream().allMatch(d -> d.compareTo(BulkQueue.MAX_BACKOFF) <= 0));
    }

    @Test
    void otherErrorsAreNotRetried() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Recording<String, String> listener = new Recording<>();
        queue.run(List.of("t"), item -> {
            calls.incrementAndGet();
            throw TableNotFoundException.builder().message("no such table").build();
        }, listener);
        assertEquals(1, calls.get());
        assertEquals(List.of("t"), listener.failed);
        assertTrue(slept.isEmpty());
    }

    @Test
    void keepsToTheRate() throws Exception {
        BulkQueue slow = new BulkQueue(new RateLimiter(50), d -> { });
        long start = System.nanoTime();
        slow.run(java.util.stream.IntStream.range(0, 26).boxed().toList(), i -> i, new Recording<>());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms >= 450, "26 calls at 50/s take at least 0.5 s, took " + ms + " ms");
    }
}
