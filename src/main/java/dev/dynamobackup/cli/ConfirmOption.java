package dev.dynamobackup.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.util.List;

/**
 * {@code --yes} and the console's typed confirmation it skips, for every command that destroys something
 * (a picocli mixin). Without --yes: no terminal means a refusal before any request (exit 2); on a
 * terminal, what will be lost goes to stderr and anything but one of the words fails (exit 1).
 */
final class ConfirmOption {
    @Option(names = "--yes", description = "Do not ask (for scripts).")
    boolean yes;

    /** A confirmation whose terminal is known to be there (or not needed: --yes); asked once the loss is known. */
    interface Pending {
        /** Asks for one of {@code words} after {@code explanation}; {@code unchanged} says what stays as it was. */
        void ask(List<String> explanation, List<String> words, String unchanged);
    }

    /** Asks now: refuses without a terminal, then wants one of {@code words}. {@code action} completes "run again with --yes to ...". */
    void ask(CommandSpec spec, String action, List<String> explanation, List<String> words, String unchanged) {
        prepare(spec, action).ask(explanation, words, unchanged);
    }

    /**
     * Refuses now, before any request, when it will have to ask and there is no terminal; the question
     * itself waits for {@link Pending#ask} (a command may first read what would be lost).
     */
    Pending prepare(CommandSpec spec, String action) {
        if (yes) return (explanation, words, unchanged) -> { };
        TerminalConfirmation.Prompt prompt = TerminalConfirmation.requireTerminal(spec,
                "no terminal to confirm on: run again with --yes to " + action + " without asking");
        return (explanation, words, unchanged) -> {
            String choice = String.join(" or ", words);
            TerminalConfirmation.ask(spec, prompt, explanation, "Type " + choice + " to confirm: ", words,
                    "not confirmed (you must type " + choice + " exactly); " + unchanged);
        };
    }
}
