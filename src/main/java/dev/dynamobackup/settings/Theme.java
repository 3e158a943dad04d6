package dev.dynamobackup.settings;

/** The colour theme: follow the OS, or force light or dark. */
public enum Theme {
    SYSTEM, LIGHT, DARK
}
