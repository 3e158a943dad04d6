package dev.dynamobackup.cli;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.service.snapshot.CancelSignal;
import dev.dynamobackup.service.snapshot.SnapshotProgress;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What {@code snapshot export} and {@code snapshot import} share (a picocli mixin): where to connect
 * (an endpoint, a profile or {@code --sandbox}), the output format, and a run with a progress bar on
 * stderr that Ctrl-C cancels cleanly.
 */
final class SnapshotJobOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;
    @Mixin ConnectionOptions connection;
    @Mixin SandboxOption sandbox;
    @Mixin OutputOptions output;

    /** A job on the connection: reports to {@code progress}, stops when {@code cancel} is raised. */
    @FunctionalInterface
    interface Job<R> {
        R run(AppServices services, ConnectionTarget target, SnapshotProgress.Listener progress, CancelSignal cancel) throws Exception;
    }

    boolean json() {
        return output.json();
    }

    /** A units-per-second limit: left out is 0 (no limit); otherwise it must be positive. */
    double rate(String option, Double value) {
        if (value != null && !(value > 0)) throw new ParameterException(spec.commandLine(), option + " must be a positive number");
        return value == null ? 0 : value;
    }

    /** Runs {@code job} with the services, the progress bar (closed however it ends) and Ctrl-C as its cancel. */
    <R> R run(Job<R> job) throws Exception {
        ConnectionTarget target = sandbox.target(connection);
        ProgressBar bar = ProgressBar.forTerminal(spec.commandLine().getErr(), output.json());
        try (AppServices s = CliRuntime.services(); CancelOnExit cancel = new CancelOnExit()) {
            try {
                return job.run(s, target, bar, cancel.signal());
            } finally {
                bar.done();
            }
        }
    }
}
