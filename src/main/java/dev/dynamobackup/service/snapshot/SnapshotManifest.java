package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.model.SourceSettings;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: what a snapshot holds and how to check it. Written last, so a folder without
 * one is an unfinished export. Table settings are those of the source at export time.
 *
 * @param byteCount       the items' DynamoDB JSON size, uncompressed
 * @param compressedBytes the size of the data parts on disk
 * @param parts           the data parts in the order they were written
 */
public record SnapshotManifest(int formatVersion, String snapshotId, String tableName, String tableArn,
                               String sourceEndpoint, String region,
                               List<KeyElement> keySchema, List<AttributeDef> attributeDefinitions,
                               List<IndexDef> globalSecondaryIndexes, List<IndexDef> localSecondaryIndexes,
                               String billingMode, long readCapacity, long writeCapacity,
                               String ttlAttribute, String streamViewType, Map<String, String> tags, int pitrDays,
                               boolean deletionProtection, boolean consistentRead, int segments,
                               long itemCount, long byteCount, long compressedBytes,
                               Instant startTime, Instant endTime, List<PartInfo> parts) {

    public static final int FORMAT_VERSION = 1;
    public static final String FILE_NAME = "manifest.json";

    public SnapshotManifest {
        keySchema = List.copyOf(keySchema);
        attributeDefinitions = List.copyOf(attributeDefinitions);
        globalSecondaryIndexes = globalSecondaryIndexes == null ? List.of() : List.copyOf(globalSecondaryIndexes);
        localSecondaryIndexes = localSecondaryIndexes == null ? List.of() : List.copyOf(localSecondaryIndexes);
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** The settings an import re-applies through the restore's settings replay. */
    public SourceSettings sourceSettings() {
        return new SourceSettings(tableName, tags, ttlAttribute, streamViewType, pitrDays, deletionProtection);
    }

    public record KeyElement(String attributeName, String keyType) {
    }

    public record AttributeDef(String attributeName, String attributeType) {
    }

    /** A secondary index; capacities are 0 for on-demand tables and for LSIs (they share the table's). */
    public record IndexDef(String indexName, List<KeyElement> keySchema, String projectionType,
                           List<String> nonKeyAttributes, long readCapacity, long writeCapacity) {
        public IndexDef {
            keySchema = List.copyOf(keySchema);
            nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
        }
    }

    /**
     * One gzip-compressed data part ({@code data/...json.gz}), DynamoDB JSON lines.
     *
     * @param sha256 of the compressed file as it lies on disk
     * @param bytes  uncompressed size
     */
    public record PartInfo(String file, int segment, long itemCount, long bytes, long compressedBytes, String sha256) {
    }
}
