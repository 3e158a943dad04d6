package dev.dynamobackup.cli;

import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.aws.ClientOptions;
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
     * The app's services for one command, from the same factory as the GUI (and the same restore history
     * file, so restores made from scripts count too); closed after the command.
     */
    static AppServices services() {
        return AppServices.forCommandLine(ClientOptions.forApp(), AppDirs.detect());
    }
}
