package dev.dynamobackup.cli;

import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.service.snapshot.SnapshotService;
import dev.dynamobackup.settings.AppDirs;

/** What every CLI command needs: logging into the app's log folder (stdout stays for results) and the services. */
final class CliRuntime {
    private CliRuntime() {
    }

    static void initLogging() {
        if (System.getProperty("dbm.logDir") == null) {
            System.setProperty("dbm.logDir", AppDirs.detect().logDir().toString());
        }
    }

    /**
     * The app's services for one command, from the same factory as the GUI (the same restore history file,
     * so restores made from scripts count too; the sandbox seeded as the GUI would on first use, and refused
     * while the GUI holds its lock); closed after the command.
     */
    static AppServices services() {
        return AppServices.create(ClientOptions.forApp(), AppDirs.detect());
    }

    /** Snapshot file operations that make no AWS call (verify, list): no client is ever built. */
    static SnapshotService snapshotFiles() {
        return SnapshotService.filesOnly(AppDirs.detect().dataDir());
    }

    /**
     * Logback reads its XML configuration (~700 classes of logback and java.xml) on the first logger;
     * a daemon thread does that while picocli parses the command line, instead of the first SDK client.
     */
    static void configureLoggingInBackground() {
        Thread t = new Thread(org.slf4j.LoggerFactory::getILoggerFactory, "log-setup");
        t.setDaemon(true);
        t.start();
    }
}
