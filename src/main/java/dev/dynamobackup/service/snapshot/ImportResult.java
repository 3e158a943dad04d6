package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.model.ReplayStep;

import java.time.Duration;
import java.util.List;

/**
 * A finished import.
 *
 * @param resumed       true when earlier parts had been written by an interrupted run
 * @param partsSkipped  parts an earlier run had completed
 * @param itemsWritten  items this run wrote
 * @param tableItems    items counted in the new table afterwards
 * @param differences   what the check after the import found different from the manifest; empty when identical
 * @param writeTime     the write phase: the parts read, digested and written (not the verification before, nor the
 *                      table check after)
 */
public record ImportResult(String tableName, String tableArn, boolean resumed, int partsSkipped, long itemsWritten,
                           long tableItems, List<String> differences, List<ReplayStep> replay,
                           Duration writeTime, Duration elapsed) {
    public ImportResult {
        differences = List.copyOf(differences);
        replay = List.copyOf(replay);
    }

    public boolean identical() {
        return differences.isEmpty();
    }

    public double itemsPerSecond() {
        double s = writeTime.toNanos() / 1e9;
        return s > 0 ? itemsWritten / s : 0;
    }
}
