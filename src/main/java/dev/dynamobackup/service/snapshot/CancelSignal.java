package dev.dynamobackup.service.snapshot;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks a running export or import to stop; the workers look at it between pages and batches. A job
 * makes a child of the caller's signal so that its first failing worker can stop the others.
 */
public final class CancelSignal {
    public static final CancelSignal NONE = new CancelSignal(null);
    private final CancelSignal parent;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public CancelSignal() {
        this(null);
    }

    private CancelSignal(CancelSignal parent) {
        this.parent = parent;
    }

    CancelSignal child() {
        return new CancelSignal(this);
    }

    public void cancel() {
        if (this != NONE) cancelled.set(true);
    }

    public boolean cancelled() {
        return cancelled.get() || (parent != null && parent.cancelled()) || Thread.currentThread().isInterrupted();
    }

    /** Throws {@link CancellationException} once cancelled (or when the thread is interrupted). */
    public void check() {
        if (cancelled()) throw new CancellationException("cancelled");
    }
}
