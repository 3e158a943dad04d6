package dev.dynamobackup.cli;

import dev.dynamobackup.model.Problem;
import dev.dynamobackup.service.validation.ProblemText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.util.Optional;

/**
 * Turns a refused input into picocli's usage error: one line naming the option, exit code 2, and
 * nothing sent (every command checks its options before it builds a client).
 */
final class InputChecks {
    private InputChecks() {
    }

    static void require(CommandSpec spec, String option, Optional<Problem> problem) {
        problem.ifPresent(p -> {
            throw new ParameterException(spec.commandLine(), option + ": " + ProblemText.of(p));
        });
    }
}
