package dev.dynamobackup.tasks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs work at once on the caller's thread: for unit tests of presentation models and services, where
 * waiting for threads would only make tests slow and flaky. Records the titles of what it ran.
 */
public final class SameThreadTaskRunner implements TaskRunner {
    private final List<String> titles = Collections.synchronizedList(new ArrayList<>());

    @Override
    public <T> TaskHandle run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        titles.add(title);
        T result;
        try {
            result = work.call(new Progress() {
                @Override
                public void message(String text) {
                }

                @Override
                public void progress(long done, long total) {
                }

                @Override
                public void ui(Runnable update) {
                    update.run();
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            onFailure.accept(e);
            return TaskHandle.DONE;
        }
        onSuccess.accept(result);
        return TaskHandle.DONE;
    }

    public List<String> titles() {
        return List.copyOf(titles);
    }
}
