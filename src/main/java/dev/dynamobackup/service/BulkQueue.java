package dev.dynamobackup.service;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Runs one operation over many items (back up 40 tables, delete 300 backups) within an API's rate
 * limit, a few at a time, retrying LimitExceededException and throttling with exponential backoff.
 * Each item's start, retries and result are reported to a listener (on the worker threads).
 */
public final class BulkQueue {
    /** The work for one item: typically one SDK call. */
    @FunctionalInterface
    public interface Operation<I, R> {
        R apply(I item) throws Exception;
    }

    /** Hears about each item as it goes; called from worker threads. */
    public interface Listener<I, R> {
        default void started(I item) {
        }

        default void retrying(I item, int attempt, Duration wait, Throwable error) {
        }

        void succeeded(I item, R result);

        void failed(I item, Throwable error);
    }

    /** How the queue waits between attempts: a real sleep in the app, recorded in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public record Outcome<I, R>(I item, R result, Throwable error) {
        public boolean succeeded() {
            return error == null;
        }
    }

    public static final int MAX_ATTEMPTS = 6;
    static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    private static final int PARALLEL = 4;

    private final RateLimiter limiter;
    private final Sleeper sleeper;

    public BulkQueue(RateLimiter limiter, Sleeper sleeper) {
        this.limiter = limiter;
        this.sleeper = sleeper;
    }

    public static Sleeper realSleep() {
        return d -> Thread.sleep(d.toMillis());
    }

    /** Runs {@code operation} for every item; returns one outcome per item, in the items' order. */
    public <I, R> List<Outcome<I, R>> run(List<I> items, Operation<I, R> operation, Listener<I, R> listener)
            throws InterruptedException {
        if (items.isEmpty()) return List.of();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL, items.size()), r -> {
            Thread t = new Thread(r, "bulk-queue");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome<I, R>>> futures = new ArrayList<>();
            for (I item : items) futures.add(pool.submit(() -> one(item, operation, listener)));
            List<Outcome<I, R>> outcomes = new ArrayList<>();
            for (Future<Outcome<I, R>> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    // a listener failed (one() itself catches the operation's errors): rethrow what it threw
                    Throwable cause = unwrap(e);
                    if (cause instanceof RuntimeException r) throw r;
                    if (cause instanceof Error err) throw err;
                    throw new IllegalStateException(cause);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private <I, R> Outcome<I, R> one(I item, Operation<I, R> operation, Listener<I, R> listener)
            throws InterruptedException {
        listener.started(item);
        Duration wait = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            limiter.acquire();
            try {
                R result = operation.apply(item);
                listener.succeeded(item, result);
                return new Outcome<>(item, result, null);
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception wrapped) {
                Throwable e = unwrap(wrapped);
                if (!isRetryable(e) || attempt >= MAX_ATTEMPTS) {
                    listener.failed(item, e);
                    return new Outcome<>(item, null, e);
                }
                listener.retrying(item, attempt, wait, e);
                sleeper.sleep(wait);
                wait = wait.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait.multipliedBy(2);
            }
        }
    }

    /**
     * The error inside the wrappers of futures and async SDK calls (CompletionException, ExecutionException),
     * so that retries, listeners and messages see what actually failed.
     */
    static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) t = t.getCause();
        return t;
    }

    /** LimitExceededException (too many operations at once) and throttling go away if we wait. */
    public static boolean isRetryable(Throwable error) {
        if (!(error instanceof AwsServiceException service)) return false;
        if (service.isThrottlingException()
                || service instanceof software.amazon.awssdk.services.dynamodb.model.LimitExceededException) return true;
        String code = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
        return code != null && (code.endsWith("LimitExceededException") || code.endsWith("ThrottlingException"));
    }
}
