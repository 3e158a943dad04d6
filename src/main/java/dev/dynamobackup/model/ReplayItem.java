package dev.dynamobackup.model;

/** What a restore does not carry over and the app can set again once the new table is ACTIVE (worded by ui.common.Formats). */
public enum ReplayItem {
    TAGS,
    TTL,
    STREAM,
    PITR,
    DELETION_PROTECTION
}
