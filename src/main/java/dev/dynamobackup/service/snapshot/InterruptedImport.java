package dev.dynamobackup.service.snapshot;

import java.time.Instant;

/**
 * An import of a snapshot that stopped before it finished (cancelled, failed, or the app was closed) and
 * left its table and its journal: running the import into {@code targetTable} again goes on after the
 * parts it had completed.
 *
 * @param started    when the interrupted import began (it created the table then)
 * @param partsDone  data parts completely written
 * @param itemsDone  the items of those parts
 */
public record InterruptedImport(String targetTable, Instant started, int partsDone, int partsTotal,
                                long itemsDone, long itemsTotal) {
}
