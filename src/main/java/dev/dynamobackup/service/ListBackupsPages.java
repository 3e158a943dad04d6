package dev.dynamobackup.service;

import dev.dynamobackup.model.ConnectionTarget;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsResponse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * ListBackups page by page, spaced to the API's rate. The SDK has no paginator for it (its model marks
 * no pagination), so LastEvaluatedBackupArn is followed here, once for every service that lists backups.
 */
final class ListBackupsPages {
    /** ListBackups allows about 5 calls a second per account and region. */
    static final double PER_SECOND = 5;

    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    /** Hands each page to {@code onPage} as it arrives; stops with InterruptedException when cancelled. */
    void forEach(DynamoDbClient ddb, ConnectionTarget target, ListBackupsRequest request, Consumer<ListBackupsResponse> onPage)
            throws InterruptedException {
        RateLimiter limiter = limiters.computeIfAbsent(target.connection().id() + "|" + target.region(),
                k -> new RateLimiter(PER_SECOND));
        String start = null;
        do {
            limiter.acquire();
            if (Thread.currentThread().isInterrupted()) throw new InterruptedException("listing cancelled");
            ListBackupsResponse page = ddb.listBackups(request.toBuilder().exclusiveStartBackupArn(start).build());
            onPage.accept(page);
            start = page.lastEvaluatedBackupArn();
        } while (start != null && !start.isEmpty());
    }
}
