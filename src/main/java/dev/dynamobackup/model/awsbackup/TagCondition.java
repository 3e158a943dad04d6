package dev.dynamobackup.model.awsbackup;

/** "Assign every resource whose tag {@code key} equals {@code value}" (a selection's STRINGEQUALS condition). */
public record TagCondition(String key, String value) {
}
