package dev.dynamobackup.tasks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A scheduler the test drives: it records what was asked for and fires it when told (a controllable clock). */
final class ManualScheduler implements Scheduler {
    private final List<Entry> entries = new ArrayList<>();
    private Duration now = Duration.ZERO;

    private final class Entry implements Cancellable {
        final Duration due;
        final Runnable action;
        boolean cancelled;

        Entry(Duration due, Runnable action) {
            this.due = due;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Entry e = new Entry(now.plus(delay), action);
        entries.add(e);
        return e;
    }

    /** The delay of the one live scheduled callback, or null when nothing is scheduled. */
    Duration pendingDelay() {
        List<Entry> live = entries.stream().filter(e -> !e.cancelled).toList();
        if (live.size() > 1) throw new AssertionError("more than one callback scheduled: " + live.size());
        return live.isEmpty() ? null : live.get(0).due.minus(now);
    }

    /** Moves the clock to the next due callback and runs it. */
    Duration fireNext() {
        Entry next = entries.stream().filter(e -> !e.cancelled).min((a, b) -> a.due.compareTo(b.due))
                .orElseThrow(() -> new AssertionError("nothing scheduled"));
        Duration waited = next.due.minus(now);
        now = next.due;
        entries.remove(next);
        next.action.run();
        return waited;
    }

    Duration now() {
        return now;
    }
}
