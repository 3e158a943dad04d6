package dev.dynamobackup.aws;

import java.nio.file.Path;

/** The sandbox's database is open in another process (the app's window, or a {@code dbm --sandbox} command). */
public final class SandboxInUseException extends RuntimeException {
    public SandboxInUseException(Path folder) {
        super("The sandbox database (" + folder + ") is open in another DynamoDB Backup Manager window or dbm command. "
                + "Close the app (or wait for that command to finish) and try again.");
    }
}
