package dev.dynamobackup.cli;

import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --sandbox}: the app's own DynamoDB Local database (in its data folder) instead of AWS or an
 * endpoint. Refused with a clear message while the GUI has the sandbox open (it holds a lock on it).
 */
final class SandboxOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--sandbox", description = "Use the app's local sandbox database (not while the app has it open).")
    boolean sandbox;

    ConnectionTarget target(ConnectionOptions connection) {
        if (!sandbox) return connection.target();
        if (connection.endpoint != null || connection.profile != null || connection.region != null) {
            throw new ParameterException(spec.commandLine(), "--sandbox cannot be combined with --endpoint, --profile or --region");
        }
        return new ConnectionTarget(Connection.sandbox(), Connection.SANDBOX_REGION);
    }
}
