package dev.dynamobackup.tasks;

import java.util.function.Consumer;

/**
 * A model's one load at a time (a list, a check as the user types): starting another cancels the one
 * before, and nothing of an older one (its page updates, its result, its error) reaches the model.
 * Call from the FX thread.
 */
public final class LatestTask {
    private final TaskRunner tasks;
    private long generation;
    private TaskHandle running = TaskHandle.DONE;

    public LatestTask(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Cancels the task before and starts {@code work}; {@code progress.ui} updates of a stale task are dropped. */
    public <T> void run(String title, TaskRunner.Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        running.cancel();
        long gen = ++generation;
        running = tasks.run(title, p -> work.call(new CurrentOnly(p, gen)),
                result -> {
                    if (gen == generation) onSuccess.accept(result);
                },
                error -> {
                    if (gen == generation) onFailure.accept(error);
                });
    }

    /** Cancels the running task (if any): none of its callbacks runs after this. */
    public void cancel() {
        running.cancel();
        generation++;
    }

    /** A mark of the current task: {@link #isCurrent} tells later whether another has started since. */
    public long mark() {
        return generation;
    }

    public boolean isCurrent(long mark) {
        return mark == generation;
    }

    private final class CurrentOnly implements TaskRunner.Progress {
        private final TaskRunner.Progress delegate;
        private final long gen;

        CurrentOnly(TaskRunner.Progress delegate, long gen) {
            this.delegate = delegate;
            this.gen = gen;
        }

        @Override
        public void message(String text) {
            delegate.message(text);
        }

        @Override
        public void progress(long done, long total) {
            delegate.progress(done, total);
        }

        @Override
        public void ui(Runnable update) {
            delegate.ui(() -> {
                if (gen == generation) update.run();
            });
        }

        @Override
        public boolean isCancelled() {
            return delegate.isCancelled();
        }
    }
}
