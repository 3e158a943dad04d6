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
        for (CommandLine.Model.CommandSpec mixin : commandLine.getCommandSpec().mixins().values()) {
            if (mixin.userObject() instanceof ConnectionOptions options) {
                try {
                    return options.target();
                } catch (RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
