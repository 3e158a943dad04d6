package dev.dynamobackup.ui.backups;

import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.BackupType;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.tasks.SameThreadTaskRunner;
import dev.dynamobackup.tasks.Scheduler;
import dev.dynamobackup.tasks.StatusPoller;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A CREATING backup followed by the app's poller (moto never shows CREATING, so the describe is scripted). */
class BackupStatusTargetTest {
    private static final ConnectionTarget TARGET = new ConnectionTarget(Connection.endpoint(URI.create("http://x:1"), "us-east-1"), "us-east-1");
    private final List<Runnable> due = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private final Scheduler scheduler = (delay, action) -> {
        delays.add(delay);
        due.add(action);
        return () -> due.remove(action);
    };
    private final StatusPoller poller = new StatusPoller(new SameThreadTaskRunner(), scheduler);
    private final List<String> events = new ArrayList<>();

    private static BackupSummary backup(String status) {
        return new BackupSummary("arn:b1", "orders-1", "Orders", "arn:t", status, BackupType.USER, 0, Instant.EPOCH, null);
    }

    private BackupStatusTarget target(Deque<Optional<BackupSummary>> answers) {
        return new BackupStatusTarget(TARGET, backup("CREATING"), arn -> answers.removeFirst(), new BackupStatusTarget.Listener() {
            @Override
            public void changed(BackupSummary b) {
                events.add("changed " + b.status());
            }

            @Override
            public void gone(BackupSummary last) {
                events.add("gone");
            }

            @Override
            public void available(BackupSummary b) {
                events.add("available " + b.name());
            }

            @Override
            public void failed(BackupSummary last, String reason) {
                events.add("failed: " + reason);
            }
        }, e -> "explained " + e.getMessage());
    }

    private void tick() {
        Runnable next = due.remove(0);
        next.run();
    }

    @Test
    void followsUntilAvailableThenNotifiesAndGoesIdle() {
        Deque<Optional<BackupSummary>> answers = new ArrayDeque<>(List.of(Optional.of(backup("CREATING")),
                Optional.of(backup("CREATING")), Optional.of(backup("AVAILABLE"))));
        poller.watch(target(answers));

        tick();
        assertEquals(List.of("changed CREATING"), events);
        tick();
        assertEquals(List.of("changed CREATING"), events, "no change, no update");
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(4)), delays, "backs off while nothing changes");
        tick();
        assertEquals(List.of("changed CREATING", "changed AVAILABLE", "available orders-1"), events);
        assertTrue(poller.isIdle(), "nothing transient: no more polls");
        assertTrue(due.isEmpty());
    }

    @Test
    void aBackupThatDisappearsWhileCreatingIsReportedAsFailed() {
        poller.watch(target(new ArrayDeque<>(List.of(Optional.empty()))));
        tick();
        assertEquals("gone", events.get(0));
        assertTrue(events.get(1).startsWith("failed: it no longer exists"), events.toString());
        assertTrue(poller.isIdle());
    }

    @Test
    void givingUpAfterRepeatedFailuresTellsWhy() {
        BackupStatusTarget t = new BackupStatusTarget(TARGET, backup("CREATING"), arn -> {
            throw new IllegalStateException("network down");
        }, new BackupStatusTarget.Listener() {
            @Override
            public void changed(BackupSummary b) {
            }

            @Override
            public void gone(BackupSummary last) {
            }

            @Override
            public void available(BackupSummary b) {
            }

            @Override
            public void failed(BackupSummary last, String reason) {
                events.add("failed: " + reason);
            }
        }, e -> "explained " + e.getMessage());
        poller.watch(t);
        for (int i = 0; i < StatusPoller.MAX_FAILURES; i++) tick();
        assertEquals(List.of("failed: explained network down"), events);
        assertTrue(poller.isIdle());
    }
}
