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

    private static ConnectionTarget targetOf(CommandLine commandLine) {
        Object command = commandLine.getCommand();
        if (command instanceof HasConnection c) {
            try {
                return c.connectionOptions().target();
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    /** Commands whose failures are explained with their connection's context. */
    interface HasConnection {
        ConnectionOptions connectionOptions();
    }
}
