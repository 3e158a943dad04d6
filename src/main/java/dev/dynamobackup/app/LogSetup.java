package dev.dynamobackup.app;

import dev.dynamobackup.settings.AppDirs;

/**
 * Points logback ({@link LogConfigurator}) at the app's log folder before the first logger is made. The
 * SDK logs at WARN there, and {@code %mask} ({@link SecretMaskConverter}) hides anything shaped like a key,
 * token or password, stack traces included. DynamoDB Local's log4j-api calls reach logback too
 * (log4j-to-slf4j), at WARN.
 */
public final class LogSetup {
    private LogSetup() {
    }

    public static void init(AppDirs dirs) {
        if (System.getProperty("dbm.logDir") == null) System.setProperty("dbm.logDir", dirs.logDir().toString());
    }
}
