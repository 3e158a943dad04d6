package dev.dynamobackup.tasks;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A newer load wins: the result, the error and the page updates of an older one never arrive. */
class LatestTaskTest {
    /** Holds each started task until the test finishes it, as a slow network would. */
    private static final class HeldRunner implements TaskRunner {
        final List<Runnable> finishers = new ArrayList<>();
        int cancelled;

        @Override
        public <T> TaskHandle run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            Progress progress = new Progress() {
                @Override
                public void message(String text) {
                }

                @Override
                public void progress(long done, long total) {
                }

                @Override
                public void ui(Runnable update) {
                    finishers.add(update);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            finishers.add(() -> {
                try {
                    onSuccess.accept(work.call(progress));
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
            return new TaskHandle() {
                @Override
                public void cancel() {
                    cancelled++;
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }
    }

    @Test
    void onlyTheLatestTaskReportsBack() {
        HeldRunner runner = new HeldRunner();
        LatestTask latest = new LatestTask(runner);
        List<String> seen = new ArrayList<>();
        latest.run("old", p -> {
            p.ui(() -> seen.add("old page"));
            return "old";
        }, seen::add, e -> seen.add("old error"));
        latest.run("new", p -> "new", seen::add, e -> seen.add("new error"));
        assertEquals(1, runner.cancelled, "starting the new one cancels the old one");

        runner.finishers.get(0).run(); // the old one finishes late and posts a page update
        runner.finishers.get(1).run();
        runner.finishers.get(2).run();
        assertEquals(List.of("new"), seen);

        latest.<String>run("failing", p -> {
            throw new IllegalStateException("boom");
        }, seen::add, e -> seen.add("failing error"));
        latest.cancel();
        runner.finishers.get(3).run();
        assertEquals(List.of("new"), seen, "a cancelled task's error does not arrive either");
    }
}
