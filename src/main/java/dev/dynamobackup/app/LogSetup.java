package dev.dynamobackup.app;

import dev.dynamobackup.settings.AppDirs;

/**
 * Points logback (logback.xml) at the app's log folder before the first logger is made. The SDK logs
 * at WARN there, and the pattern masks anything shaped like a key or token.
 */
public final class LogSetup {
    private LogSetup() {
    }

    public static void init(AppDirs dirs) {
        if (System.getProperty("dbm.logDir") == null) System.setProperty("dbm.logDir", dirs.logDir().toString());
        // DynamoDB Local logs through log4j2: keep it quiet without a configuration file of its own
        if (System.getProperty("log4j2.level") == null) System.setProperty("log4j2.level", "WARN");
    }
}
