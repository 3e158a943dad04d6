package dev.dynamobackup.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the AWS Backup commands share: input refused before any call (exit 2), typed confirmation, JSON. */
final class AwsBackupCli {
    private AwsBackupCli() {
    }

    /** A problem found by the rules becomes a usage error: exit 2, nothing sent. */
    static void check(CommandSpec spec, Optional<String> problem) {
        if (problem.isPresent()) throw new ParameterException(spec.commandLine(), problem.get());
    }

    /**
     * Asks for a typed word (the console's confirmation) unless --yes was given; without a terminal it
     * refuses. {@code word} is "Delete" for DynamoDB-style and "delete" for AWS Backup (seed 004).
     */
    static void confirm(CommandSpec spec, boolean yes, String word, List<String> lines) {
        if (yes) return;
        TerminalConfirmation.Prompt prompt = TerminalConfirmation.requireTerminal(spec,
                "no terminal to confirm on: run again with --yes to go ahead without asking");
        TerminalConfirmation.ask(spec, prompt, lines, "Type " + word + " to confirm: ", List.of(word),
                "not confirmed (you must type " + word + " exactly); nothing was deleted");
    }

    static void json(CommandSpec spec, String region, String key, Object value) {
        OutputOptions.writeJson(spec.commandLine().getOut(), Map.of("region", region, key, value));
    }

    /** {@code --yes}, shared by the deleting commands (a picocli mixin). */
    static final class YesOption {
        @picocli.CommandLine.Option(names = "--yes", description = "Do not ask (for scripts).")
        boolean yes;
    }

    /** Says what was deleted, as JSON or one line. */
    static void deleted(CommandSpec spec, OutputOptions output, String region, String what, String id) {
        if (output.json()) json(spec, region, "deleted", id);
        else spec.commandLine().getOut().println("Deleted " + what + " " + id);
        spec.commandLine().getOut().flush();
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
