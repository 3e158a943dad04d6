package dev.dynamobackup.model;

import java.util.List;

/**
 * A secondary index of a table.
 *
 * @param global         true for a GSI, false for an LSI
 * @param projectionType ALL, KEYS_ONLY or INCLUDE
 * @param status         index status for GSIs (ACTIVE, CREATING ...), null for LSIs
 * @param readCapacity   provisioned read capacity of a GSI, 0 when on-demand or an LSI
 * @param writeCapacity  provisioned write capacity of a GSI, 0 when on-demand or an LSI
 */
public record IndexInfo(String name, boolean global, List<KeyAttribute> keySchema, String projectionType,
                        String status, long readCapacity, long writeCapacity, long itemCount, long sizeBytes) {
    public IndexInfo {
        keySchema = List.copyOf(keySchema);
    }

    public String keyText() {
        return keySchema.stream().map(KeyAttribute::describe).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
