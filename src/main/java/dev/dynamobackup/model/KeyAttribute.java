package dev.dynamobackup.model;

/**
 * One attribute of a key schema.
 *
 * @param name          attribute name
 * @param role          HASH (partition key) or RANGE (sort key)
 * @param attributeType S, N or B; null when the definition is not known
 */
public record KeyAttribute(String name, String role, String attributeType) {
    public boolean isPartitionKey() {
        return "HASH".equals(role);
    }

    /** "Id (N)" style text for lists and details. */
    public String describe() {
        return attributeType == null ? name : name + " (" + attributeType + ")";
    }
}
