package dev.dynamobackup.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What DescribeTable (and a few companion calls) say about one table.
 *
 * @param itemCount     approximate item count (DynamoDB updates it about every six hours)
 * @param billingMode   PAY_PER_REQUEST or PROVISIONED
 * @param pitr          PITR state; UNKNOWN until asked
 * @param streamViewType NEW_IMAGE etc. when a stream is enabled, else null
 * @param ttlAttribute  TTL attribute when TTL is enabled, else null (only filled by the details call)
 * @param tags          tags (only filled by the details call; empty otherwise)
 */
public record TableSummary(String name, String arn, String status, long itemCount, long sizeBytes,
                           String billingMode, PitrStatus pitr, boolean deletionProtection,
                           Instant creationTime, List<KeyAttribute> keySchema, List<IndexInfo> indexes,
                           long readCapacity, long writeCapacity, String streamViewType,
                           String ttlAttribute, String ttlStatus, Map<String, String> tags, String tableClass) {

    public TableSummary {
        keySchema = List.copyOf(keySchema);
        indexes = List.copyOf(indexes);
        tags = Map.copyOf(tags);
    }

    public boolean isTransient() {
        return TableStatuses.isTransient(status);
    }

    public boolean isOnDemand() {
        return "PAY_PER_REQUEST".equals(billingMode);
    }

    public List<IndexInfo> globalIndexes() {
        return indexes.stream().filter(IndexInfo::global).toList();
    }

    public List<IndexInfo> localIndexes() {
        return indexes.stream().filter(i -> !i.global()).toList();
    }

    public TableSummary withPitr(PitrStatus value) {
        return new TableSummary(name, arn, status, itemCount, sizeBytes, billingMode, value, deletionProtection,
                creationTime, keySchema, indexes, readCapacity, writeCapacity, streamViewType, ttlAttribute,
                ttlStatus, tags, tableClass);
    }

    public TableSummary withDetails(String ttlAttr, String ttlState, Map<String, String> tagMap) {
        return new TableSummary(name, arn, status, itemCount, sizeBytes, billingMode, pitr, deletionProtection,
                creationTime, keySchema, indexes, readCapacity, writeCapacity, streamViewType, ttlAttr, ttlState,
                tagMap, tableClass);
    }
}
