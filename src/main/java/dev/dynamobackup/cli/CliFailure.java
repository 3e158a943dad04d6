package dev.dynamobackup.cli;

/** A failure the command already put into words (printed as is, exit code 1). */
public final class CliFailure extends RuntimeException {
    public CliFailure(String message) {
        super(message);
    }
}
