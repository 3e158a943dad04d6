package dev.dynamobackup.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.util.Map;
import java.util.Optional;

/** What the AWS Backup commands share: input refused before any call (exit 2), JSON, what was deleted. */
final class AwsBackupCli {
    private AwsBackupCli() {
    }

    /** A problem found by the rules becomes a usage error: exit 2, nothing sent. */
    static void check(CommandSpec spec, Optional<String> problem) {
        if (problem.isPresent()) throw new ParameterException(spec.commandLine(), problem.get());
    }

    static void json(CommandSpec spec, String region, String key, Object value) {
        OutputOptions.writeJson(spec.commandLine().getOut(), Map.of("region", region, key, value));
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
