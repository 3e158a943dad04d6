package dev.dynamobackup.service;

import dev.dynamobackup.model.RestoreRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RestoreHistoryTest {
    @TempDir Path dir;

    @Test
    void recordsAreWrittenAsJsonAndReadPerSourceTableNewestFirst() throws Exception {
        RestoreHistory history = new RestoreHistory(dir);
        Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
        history.record(new RestoreRecord("us-east-1", "Orders", "Orders-1", "BACKUP", t0, t0.plusSeconds(90)));
        history.record(new RestoreRecord("us-east-1", "Orders", "Orders-2", "POINT_IN_TIME", t0.plusSeconds(600), t0.plusSeconds(1200)));
        history.record(new RestoreRecord("eu-west-1", "Orders", "Orders-3", "BACKUP", t0, t0.plusSeconds(5)));
        history.record(new RestoreRecord("us-east-1", "Users", "Users-1", "BACKUP", t0, t0.plusSeconds(5)));

        List<RestoreRecord> orders = new RestoreHistory(dir).forSource("us-east-1", "Orders");

        assertEquals(List.of("Orders-2", "Orders-1"), orders.stream().map(RestoreRecord::targetTable).toList());
        assertEquals(Duration.ofMinutes(10), orders.get(0).duration());
        assertEquals(Duration.ofSeconds(90), orders.get(1).duration());
        String json = Files.readString(dir.resolve(RestoreHistory.FILE_NAME));
        assertTrue(json.contains("\"sourceTable\" : \"Orders\""), json);
        assertTrue(json.contains("2026-01-01T10:00:00Z"), json);
    }

    @Test
    void aMissingOrDamagedFileReadsAsEmpty() throws Exception {
        RestoreHistory history = new RestoreHistory(dir);
        assertTrue(history.readAll().isEmpty());
        Files.writeString(dir.resolve(RestoreHistory.FILE_NAME), "{not json");
        assertTrue(history.readAll().isEmpty());
    }
}
