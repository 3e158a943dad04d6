package dev.dynamobackup.tasks;

import java.util.function.Consumer;

/**
 * Runs work off the FX thread and reports back on it. Every AWS call goes through here. The FX
 * implementation uses javafx.concurrent.Task; tests use {@link SameThreadTaskRunner}.
 */
public interface TaskRunner {

    /** The work itself: runs on a worker thread; must not touch a node except through {@link Progress#ui}. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** What a running task may tell the UI while it works. */
    interface Progress {
        void message(String text);

        void progress(long done, long total);

        /** Runs {@code update} on the FX thread (e.g. to add a page of rows as it arrives). */
        void ui(Runnable update);

        boolean isCancelled();
    }

    /**
     * Starts {@code work}; {@code onSuccess} or {@code onFailure} then runs on the FX thread.
     *
     * @param title shown in the status bar while the work runs
     */
    <T> TaskHandle run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);
}
