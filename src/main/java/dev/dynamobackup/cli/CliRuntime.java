package dev.dynamobackup.cli;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.aws.EmbeddedSandbox;
import dev.dynamobackup.settings.AppDirs;

/** What every CLI command needs: logging into the app's log folder (stdout stays for results) and SDK clients. */
final class CliRuntime {
    private CliRuntime() {
    }

    static void initLogging() {
        if (System.getProperty("dbm.logDir") == null) {
            System.setProperty("dbm.logDir", AppDirs.detect().logDir().toString());
        }
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

    /** Clients for one command; the sandbox is not offered on the command line (the GUI may hold its database). */
    static AwsClients clients(ClientOptions options) {
        return new AwsClients(options, new EmbeddedSandbox(AppDirs.detect().sandboxDir(), c -> { }));
    }
}
