package dev.dynamobackup.service.snapshot;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A parallel Scan: {@code segments} segments on a pool of threads, each page handed to that
 * segment's sink. A hand loop rather than the SDK paginator because a throttled page must be asked
 * for again from the same key (a paginator's iterator cannot resume after an exception), and the
 * read-rate limiter sits between pages. At most two pages per segment are in memory at a time.
 */
final class ParallelScan {
    /** What one segment's pages go to; closed when the segment is done (not when it fails). */
    interface Sink {
        void page(List<Map<String, AttributeValue>> items) throws IOException;

        default void finish() throws IOException {
        }
    }

    interface SinkFactory {
        Sink open(int segment) throws IOException;
    }

    private final DynamoDbClient ddb;
    private final String table;
    private final int segments;
    private final int threads;
    private final boolean consistent;
    private final CapacityLimiter limiter;

    ParallelScan(DynamoDbClient ddb, String table, int segments, int threads, boolean consistent, CapacityLimiter limiter) {
        this.ddb = ddb;
        this.table = table;
        this.segments = segments;
        this.threads = Math.max(1, Math.min(threads, segments));
        this.consistent = consistent;
        this.limiter = limiter;
    }

    /** Runs every segment; the first failure stops the others and is thrown. */
    void run(SinkFactory sinks, CancelSignal callerCancel) throws IOException, InterruptedException {
        CancelSignal cancel = callerCancel.child();
        ExecutorService pool = Executors.newFixedThreadPool(threads, SnapshotThreads.named("snapshot-scan"));
        ExecutorService writers = Executors.newFixedThreadPool(threads, SnapshotThreads.named("snapshot-sink"));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int s = 0; s < segments; s++) {
                int segment = s;
                futures.add(pool.submit(() -> {
                    scanSegment(segment, sinks.open(segment), writers, cancel);
                    return null;
                }));
            }
            SnapshotThreads.awaitAll(futures, cancel);
        } finally {
            pool.shutdownNow();
            writers.shutdownNow();
        }
    }

    /**
     * Pages are handed to the sink on a second thread while the next page is asked for, so writing
     * overlaps the network wait; at most one page is being written and one fetched per segment.
     */
    private void scanSegment(int segment, Sink sink, ExecutorService writers, CancelSignal cancel)
            throws IOException, InterruptedException {
        Map<String, AttributeValue> start = null;
        Future<?> writing = null;
        do {
            ScanResponse page = scanPage(segment, start, cancel);
            finish(writing);
            writing = page.hasItems() && !page.items().isEmpty() ? writers.submit(() -> {
                sink.page(page.items());
                return null;
            }) : null;
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        finish(writing);
        sink.finish();
    }

    private static void finish(Future<?> writing) throws IOException, InterruptedException {
        if (writing != null) SnapshotThreads.awaitAll(List.of(writing), CancelSignal.NONE);
    }

    private ScanResponse scanPage(int segment, Map<String, AttributeValue> start, CancelSignal cancel)
            throws InterruptedException {
        ScanRequest request = ScanRequest.builder().tableName(table).segment(segment).totalSegments(segments)
                .consistentRead(consistent)
                // the reply's cost is only needed to pace a limited export; unasked, the server skips the sums
                .returnConsumedCapacity(limiter.limited() ? ReturnConsumedCapacity.TOTAL : ReturnConsumedCapacity.NONE)
                .exclusiveStartKey(start).build();
        for (int attempt = 0; ; attempt++) {
            cancel.check();
            limiter.acquire(cancel);
            try {
                ScanResponse page = ddb.scan(request);
                limiter.spend(consumed(page));
                return page;
            } catch (RuntimeException e) {
                if (!Throttling.isThrottle(e)) throw e;
                Throttling.backoff(attempt, cancel);
            }
        }
    }

    /** The reply's ConsumedCapacity; servers that leave it out are charged one unit per 4 KB page estimate. */
    private double consumed(ScanResponse page) {
        if (page.consumedCapacity() != null && page.consumedCapacity().capacityUnits() != null) {
            return page.consumedCapacity().capacityUnits();
        }
        double units = Math.max(1, page.count()) / 4.0;
        return consistent ? units : units / 2;
    }
}
