package dev.dynamobackup.app;

import dev.dynamobackup.settings.AppDirs;

/**
 * Points logback (logback.xml) at the app's log folder before the first logger is made. The SDK logs
 * at WARN there, and the pattern masks anything shaped like a key or token. DynamoDB Local's log4j-api
 * calls reach logback too (log4j-to-slf4j), at WARN ({@code com.amazonaws} in logback.xml).
 */
public final class LogSetup {
    private LogSetup() {
    }

    public static void init(AppDirs dirs) {
        if (System.getProperty("dbm.logDir") == null) System.setProperty("dbm.logDir", dirs.logDir().toString());
    }
}
