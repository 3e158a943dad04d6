package dev.dynamobackup.cli;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.aws.EmbeddedSandbox;
import dev.dynamobackup.service.DemoTableSeeder;
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
     * Clients for one command. The sandbox (snapshot commands' --sandbox) is seeded as the GUI would on
     * first use, and refused while the GUI holds its lock.
     */
    static AwsClients clients(ClientOptions options) {
        return new AwsClients(options, new EmbeddedSandbox(AppDirs.detect().sandboxDir(), DemoTableSeeder::seedClient));
    }
}
