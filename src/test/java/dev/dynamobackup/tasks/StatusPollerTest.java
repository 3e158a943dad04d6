package dev.dynamobackup.tasks;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The poller's state machine, driven by a manual clock and a same-thread task runner. */
class StatusPollerTest {
    private final ManualScheduler clock = new ManualScheduler();
    private final StatusPoller poller = new StatusPoller(new SameThreadTaskRunner(), clock);

    /** A target whose successive polls return the scripted states (an exception is thrown). */
    static final class Scripted implements PollTarget<String> {
        final String key;
        final Deque<Object> script;
        final List<String> updates = new ArrayList<>();
        int polls;
        Throwable gaveUp;

        Scripted(String key, Object... states) {
            this.key = key;
            this.script = new ArrayDeque<>(List.of(states));
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public String poll() throws Exception {
            polls++;
            Object next = script.size() > 1 ? script.poll() : script.peek();
            if (next instanceof Exception e) throw e;
            return (String) next;
        }

        @Override
        public boolean isTransient(String state) {
            return state.equals("CREATING");
        }

        @Override
        public void onUpdate(String state) {
            updates.add(state);
        }

        @Override
        public void onGiveUp(Throwable error) {
            gaveUp = error;
        }
    }

    @Test
    void idleWithNothingWatchedSchedulesNothing() {
        assertTrue(poller.isIdle());
        assertNull(clock.pendingDelay());
    }

    @Test
    void backsOffWhileNothingChangesAndStopsWhenSettled() {
        Scripted backup = new Scripted("backup:1", "CREATING", "CREATING", "CREATING", "CREATING", "CREATING",
                "CREATING", "AVAILABLE");
        poller.watch(backup);
        assertEquals(Duration.ofSeconds(2), clock.pendingDelay());

        List<Duration> waits = new ArrayList<>();
        while (clock.pendingDelay() != null) waits.add(clock.fireNext());

        // first poll shows CREATING (a change from nothing), then 4, 8, 16, 30, 30 while it stays CREATING
        assertEquals(List.of(2L, 2L, 4L, 8L, 16L, 30L, 30L), waits.stream().map(Duration::toSeconds).toList());
        assertEquals(List.of("CREATING", "AVAILABLE"), backup.updates, "an update only when the state changed");
        assertEquals(7, backup.polls);
        assertTrue(poller.isIdle(), "nothing transient: nothing scheduled");
    }

    @Test
    void aChangeOrANewItemResetsTheIntervalToTwoSeconds() {
        Scripted table = new Scripted("table:A", "CREATING", "CREATING", "CREATING", "CREATING");
        poller.watch(table);
        clock.fireNext();
        clock.fireNext();
        clock.fireNext();
        assertEquals(Duration.ofSeconds(8), clock.pendingDelay());

        Scripted other = new Scripted("backup:2", "CREATING", "AVAILABLE");
        poller.watch(other);
        assertEquals(Duration.ofSeconds(2), clock.pendingDelay(), "a newly watched item is looked at soon");
        clock.fireNext();
        assertEquals(Duration.ofSeconds(2), clock.pendingDelay(), "the new item's first state is a change");
        clock.fireNext();
        assertEquals(List.of("CREATING", "AVAILABLE"), other.updates);
        assertEquals(Duration.ofSeconds(2), clock.pendingDelay(), "AVAILABLE was a change");
        assertEquals(java.util.Set.of("table:A"), poller.watchedKeys());
    }

    @Test
    void anItemThatKeepsFailingIsGivenUpAfterThreeTries() {
        Scripted broken = new Scripted("table:gone", new IllegalStateException("ResourceNotFound"));
        poller.watch(broken);
        clock.fireNext();
        clock.fireNext();
        assertNull(broken.gaveUp);
        clock.fireNext();
        assertTrue(broken.gaveUp instanceof IllegalStateException);
        assertTrue(poller.isIdle());
        assertEquals(3, broken.polls);
    }

    @Test
    void unwatchingTheLastItemCancelsThePendingPoll() {
        Scripted table = new Scripted("table:B", "CREATING");
        poller.watch(table);
        poller.unwatch("table:B");
        assertNull(clock.pendingDelay());
        assertTrue(poller.isIdle());
        assertEquals(0, table.polls);
    }
}
