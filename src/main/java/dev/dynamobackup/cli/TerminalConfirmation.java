package dev.dynamobackup.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.Console;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;

/**
 * The console's guard for what cannot be undone, on a terminal: say what will be lost, then the user
 * types one of the accepted words exactly. Without a terminal it refuses (exit 2, nothing sent) and
 * names {@code --yes}. The explanation goes to stderr, so stdout stays the command's result.
 */
final class TerminalConfirmation {
    /** Reads one line from the terminal after a prompt. Tests replace {@link #terminal}. */
    interface Prompt {
        String ask(String text);
    }

    /** The terminal, or null when there is none (a pipe, a script, CI). */
    static Supplier<Prompt> terminal = () -> {
        Console console = System.console();
        return console == null ? null : text -> console.readLine("%s", text);
    };

    private TerminalConfirmation() {
    }

    /** Refuses, before any request, when there is no terminal to ask on; {@code refusal} names --yes. */
    static Prompt requireTerminal(CommandSpec spec, String refusal) {
        Prompt prompt = terminal.get();
        if (prompt == null) throw new CommandLine.ParameterException(spec.commandLine(), refusal);
        return prompt;
    }

    /**
     * Prints {@code explanation}, asks {@code question} and returns when the answer is one of
     * {@code accepted} (exactly, surrounding blanks ignored); otherwise fails with {@code notConfirmed}.
     */
    static void ask(CommandSpec spec, Prompt prompt, List<String> explanation, String question, List<String> accepted,
                    String notConfirmed) {
        PrintWriter err = spec.commandLine().getErr();
        explanation.forEach(err::println);
        err.flush();
        String answer = prompt.ask(question);
        if (answer == null || !accepted.contains(answer.strip())) throw new CliFailure(notConfirmed);
    }
}
