package dev.dynamobackup.tasks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The app's one status poller. It polls only what is in a transient state, all watched items in one
 * background task per round: every 2 s at first, doubling up to 30 s while nothing changes, back to 2 s
 * when something changes or a new item is watched. With nothing transient it schedules nothing at all,
 * so an idle app makes no calls. Not thread-safe by design: call it on the FX thread (the task runner
 * delivers results there).
 */
public final class StatusPoller {
    private static final Logger LOG = LoggerFactory.getLogger(StatusPoller.class);
    public static final Duration INITIAL_INTERVAL = Duration.ofSeconds(2);
    public static final Duration MAX_INTERVAL = Duration.ofSeconds(30);
    /** Consecutive failed polls of one item before it is given up. */
    public static final int MAX_FAILURES = 3;

    private final TaskRunner runner;
    private final Scheduler scheduler;
    private final Map<String, Watched<?>> watched = new LinkedHashMap<>();
    private Duration interval = INITIAL_INTERVAL;
    private Scheduler.Cancellable pending;
    private boolean polling;

    public StatusPoller(TaskRunner runner, Scheduler scheduler) {
        this.runner = runner;
        this.scheduler = scheduler;
    }

    /** Starts following {@code target} (polled again soon, at the initial interval). */
    public <S> void watch(PollTarget<S> target) {
        watched.put(target.key(), new Watched<>(target));
        interval = INITIAL_INTERVAL;
        if (!polling) reschedule();
    }

    public void unwatch(String key) {
        watched.remove(key);
        if (watched.isEmpty() && pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    /** Stops following everything (e.g. when the connection changes). */
    public void clear() {
        watched.clear();
        if (pending != null) pending.cancel();
        pending = null;
    }

    public boolean isIdle() {
        return watched.isEmpty() && pending == null && !polling;
    }

    public Set<String> watchedKeys() {
        return Set.copyOf(watched.keySet());
    }

    public Duration currentInterval() {
        return interval;
    }

    private void reschedule() {
        if (pending != null) pending.cancel();
        pending = watched.isEmpty() ? null : scheduler.schedule(interval, this::poll);
    }

    private void poll() {
        pending = null;
        if (watched.isEmpty()) return;
        List<Watched<?>> round = new ArrayList<>(watched.values());
        polling = true;
        runner.run("Checking the status of " + round.size() + (round.size() == 1 ? " item" : " items"),
                progress -> {
                    List<Outcome> outcomes = new ArrayList<>();
                    for (Watched<?> w : round) outcomes.add(w.pollNow());
                    return outcomes;
                },
                this::apply,
                error -> {
                    // pollNow catches per-item failures; this is the runner itself failing
                    LOG.warn("Status poll round failed: {}", error.toString());
                    polling = false;
                    interval = longer(interval);
                    reschedule();
                });
    }

    private void apply(List<Outcome> outcomes) {
        polling = false;
        boolean changed = false;
        for (Outcome o : outcomes) {
            // an item unwatched or replaced while its poll ran is not touched
            if (watched.get(o.watched().target.key()) != o.watched()) continue;
            changed |= o.watched().apply(o, this);
        }
        interval = changed ? INITIAL_INTERVAL : longer(interval);
        reschedule();
    }

    private static Duration longer(Duration d) {
        Duration doubled = d.multipliedBy(2);
        return doubled.compareTo(MAX_INTERVAL) > 0 ? MAX_INTERVAL : doubled;
    }

    private record Outcome(Watched<?> watched, Object state, Throwable error) {
    }

    /** One followed item with its last known state. */
    private static final class Watched<S> {
        final PollTarget<S> target;
        S last;
        int failures;

        Watched(PollTarget<S> target) {
            this.target = target;
        }

        Outcome pollNow() {
            try {
                return new Outcome(this, target.poll(), null);
            } catch (Exception e) {
                return new Outcome(this, null, e);
            }
        }

        /** Applies a poll's outcome; true when the state changed. */
        @SuppressWarnings("unchecked")
        boolean apply(Outcome o, StatusPoller poller) {
            if (o.error() != null) {
                if (++failures >= MAX_FAILURES) {
                    poller.watched.remove(target.key());
                    target.onGiveUp(o.error());
                }
                return false;
            }
            failures = 0;
            S state = (S) o.state();
            boolean changed = !Objects.equals(state, last);
            last = state;
            if (!target.isTransient(state)) poller.watched.remove(target.key());
            if (changed) target.onUpdate(state);
            return changed;
        }
    }
}
