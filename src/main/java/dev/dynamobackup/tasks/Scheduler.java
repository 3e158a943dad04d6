package dev.dynamobackup.tasks;

import java.time.Duration;

/** Runs a callback once after a delay, on the FX thread in the app; under the test's control in tests. */
public interface Scheduler {
    Cancellable schedule(Duration delay, Runnable action);

    interface Cancellable {
        void cancel();
    }
}
