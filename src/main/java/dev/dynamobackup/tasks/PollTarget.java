package dev.dynamobackup.tasks;

/**
 * Something the {@link StatusPoller} follows while it is in a transient state: a backup CREATING, a
 * table CREATING / UPDATING / DELETING, a restore in progress, an AWS Backup job running.
 *
 * @param <S> the state a poll returns (a record: compared with equals to tell a change)
 */
public interface PollTarget<S> {
    /** Unique key; watching the same key again replaces the earlier target. */
    String key();

    /** Asks for the current state. Runs on a worker thread: one describe call, typically. */
    S poll() throws Exception;

    /** True while the state is still changing and worth polling. */
    boolean isTransient(S state);

    /** The state changed (FX thread): update the row in place, notify when it settled. */
    void onUpdate(S state);

    /** Polling failed {@link StatusPoller#MAX_FAILURES} times in a row and was given up (FX thread). */
    default void onGiveUp(Throwable error) {
    }

    /** The state of a poll, given by a function (a describe call that may throw). */
    @FunctionalInterface
    interface Poll<S> {
        S poll() throws Exception;
    }

    /** A target made of functions, for the common case of "describe, check, report". */
    static <S> PollTarget<S> of(String key, Poll<S> poll, java.util.function.Predicate<S> isTransient,
                                java.util.function.Consumer<S> onUpdate, java.util.function.Consumer<Throwable> onGiveUp) {
        return new PollTarget<>() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public S poll() throws Exception {
                return poll.poll();
            }

            @Override
            public boolean isTransient(S state) {
                return isTransient.test(state);
            }

            @Override
            public void onUpdate(S state) {
                onUpdate.accept(state);
            }

            @Override
            public void onGiveUp(Throwable error) {
                onGiveUp.accept(error);
            }
        };
    }
}
