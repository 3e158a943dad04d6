package dev.dynamobackup.cli;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.ErrorMessages;
import picocli.CommandLine;

/** One line for a failed command: the same sentences the GUI shows. */
final class CliErrors {
    private CliErrors() {
    }

    static String sentence(Exception error, CommandLine commandLine) {
        if (error instanceof CliFailure failure) return failure.getMessage();
        ConnectionTarget target = targetOf(commandLine);
        String text = target == null ? String.valueOf(error.getMessage()) : ErrorMessages.of(error, target).sentence();
        return text.replace('\n', ' ');
    }

    /** The connection of the failed command, found through its {@link ConnectionOptions} mixin. */
    private static ConnectionTarget targetOf(CommandLine commandLine) {
        ConnectionOptions options = connectionOf(commandLine.getCommandSpec());
        if (options == null) return null;
        try {
            return options.target();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The {@link ConnectionOptions} among {@code spec}'s mixins, or theirs (a mixin may hold it, as SnapshotJobOptions does). */
    private static ConnectionOptions connectionOf(CommandLine.Model.CommandSpec spec) {
        for (CommandLine.Model.CommandSpec mixin : spec.mixins().values()) {
            if (mixin.userObject() instanceof ConnectionOptions options) return options;
            ConnectionOptions nested = connectionOf(mixin);
            if (nested != null) return nested;
        }
        return null;
    }
}
