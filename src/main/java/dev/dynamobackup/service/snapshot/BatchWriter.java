package dev.dynamobackup.service.snapshot;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.List;
import java.util.Map;

/**
 * Writes one batch of up to 25 items with BatchWriteItem until every item is in: UnprocessedItems and
 * throttling errors are retried with backoff, never dropped. PutRequests are idempotent (the same item
 * again), so a batch may safely be sent again.
 */
final class BatchWriter {
    static final int MAX_BATCH = 25;
    private final DynamoDbClient ddb;
    private final String table;
    private final CapacityLimiter limiter;

    BatchWriter(DynamoDbClient ddb, String table, CapacityLimiter limiter) {
        this.ddb = ddb;
        this.table = table;
        this.limiter = limiter;
    }

    /** Writes the items; {@code written} hears of each accepted share as it is accepted. */
    void write(List<Map<String, AttributeValue>> items, CancelSignal cancel, java.util.function.LongConsumer written)
            throws InterruptedException {
        List<WriteRequest> pending = items.stream()
                .map(i -> WriteRequest.builder().putRequest(PutRequest.builder().item(i).build()).build()).toList();
        int attempt = 0;
        while (!pending.isEmpty()) {
            cancel.check();
            limiter.acquire(cancel);
            BatchWriteItemResponse reply;
            try {
                List<WriteRequest> sending = pending;
                reply = ddb.batchWriteItem(b -> b.requestItems(Map.of(table, sending))
                        .returnConsumedCapacity(limiter.limited() ? ReturnConsumedCapacity.TOTAL : ReturnConsumedCapacity.NONE));
            } catch (RuntimeException e) {
                if (!Throttling.isThrottle(e)) throw e;
                Throttling.backoff(attempt++, cancel);
                continue;
            }
            List<WriteRequest> unprocessed = reply.hasUnprocessedItems()
                    ? reply.unprocessedItems().getOrDefault(table, List.of()) : List.of();
            limiter.spend(consumed(reply, pending.size() - unprocessed.size()));
            written.accept(pending.size() - unprocessed.size());
            if (unprocessed.isEmpty()) return;
            pending = unprocessed;
            Throttling.backoff(attempt++, cancel);
        }
    }

    /** The reply's ConsumedCapacity; servers that leave it out are charged one unit per item written. */
    private static double consumed(BatchWriteItemResponse reply, int accepted) {
        if (reply.hasConsumedCapacity()) {
            double sum = 0;
            boolean any = false;
            for (ConsumedCapacity c : reply.consumedCapacity()) {
                if (c.capacityUnits() != null) {
                    sum += c.capacityUnits();
                    any = true;
                }
            }
            if (any) return sum;
        }
        return accepted;
    }
}
