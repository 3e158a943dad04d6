package dev.dynamobackup.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code dbm} in-process for tests outside this package (the fault suite). */
public final class CliHarness {
    /** The exit code and what the command printed. */
    public record Run(int code, String out, String err) {
    }

    private CliHarness() {
    }

    public static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
