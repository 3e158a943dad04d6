package dev.dynamobackup.tasks;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs work as javafx.concurrent.Task on a pool of daemon threads. Results and failures are delivered
 * in succeeded()/failed(), on the FX thread. Exposes what is running for the status bar.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final AtomicInteger threadNumber = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "worker-" + threadNumber.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper runningCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");

    @Override
    public <T> TaskHandle run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        WorkTask<T> task = new WorkTask<>(title, work, onSuccess, onFailure);
        onFx(() -> {
            running.add(task);
            refreshStatus();
        });
        pool.execute(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                task.cancel(true);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    /** One piece of work; callbacks run in succeeded()/failed(), which JavaFX calls on the FX thread. */
    private final class WorkTask<T> extends Task<T> implements Progress {
        private final Work<T> work;
        private final Consumer<? super T> onSuccess;
        private final Consumer<Throwable> onFailure;

        WorkTask(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
            updateTitle(title);
        }

        @Override
        protected T call() throws Exception {
            return work.call(this);
        }

        @Override
        public void message(String text) {
            updateMessage(text);
        }

        @Override
        public void progress(long done, long total) {
            updateProgress(done, total);
        }

        @Override
        public void ui(Runnable update) {
            Platform.runLater(() -> {
                if (!isCancelled()) update.run();
            });
        }

        @Override
        protected void succeeded() {
            finished(this);
            onSuccess.accept(getValue());
        }

        @Override
        protected void failed() {
            finished(this);
            LOG.warn("Task '{}' failed: {}", getTitle(), String.valueOf(getException()));
            onFailure.accept(getException());
        }

        @Override
        protected void cancelled() {
            finished(this);
        }
    }

    private void finished(Task<?> task) {
        running.remove(task);
        refreshStatus();
    }

    private void refreshStatus() {
        runningCount.set(running.size());
        statusText.set(running.isEmpty() ? "" : running.get(running.size() - 1).getTitle()
                + (running.size() > 1 ? "  (+" + (running.size() - 1) + " more)" : ""));
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) r.run();
        else Platform.runLater(r);
    }

    /** Tasks running now (FX thread only). */
    public ObservableList<Task<?>> running() {
        return running;
    }

    public ReadOnlyIntegerProperty runningCountProperty() {
        return runningCount.getReadOnlyProperty();
    }

    /** The title of the newest running task, for the status bar. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
