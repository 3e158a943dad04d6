package dev.dynamobackup.service;

import dev.dynamobackup.model.RestoreRecord;

import java.nio.file.Path;
import java.time.Instant;

/** A second process for {@link RestoreHistoryTest}: appends N records named PREFIX-i to the history in DIR. */
public final class HistoryWriterProcess {
    private HistoryWriterProcess() {
    }

    public static void main(String[] args) {
        RestoreHistory history = new RestoreHistory(Path.of(args[0]));
        String prefix = args[1];
        int n = Integer.parseInt(args[2]);
        for (int i = 0; i < n; i++) {
            Instant t = Instant.now();
            history.record(new RestoreRecord("us-east-1", "Orders", prefix + "-" + i, "BACKUP", t, t));
        }
    }
}
