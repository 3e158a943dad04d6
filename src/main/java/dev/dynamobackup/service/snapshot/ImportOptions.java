package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.model.Problem;
import dev.dynamobackup.service.validation.ProblemText;
import java.util.Optional;
import dev.dynamobackup.service.RestoreValidator;

/**
 * How to import.
 *
 * @param billingMode     PAY_PER_REQUEST or PROVISIONED to override the snapshot's; null keeps it
 * @param readCapacity    read units of a PROVISIONED table (0: the snapshot's)
 * @param writeCapacity   write units of a PROVISIONED table (0: the snapshot's)
 * @param maxWriteUnits   write capacity units per second to stay under; 0 for no limit
 * @param writers         BatchWriteItem calls in flight at once
 * @param replaySettings  re-apply the snapshot's TTL, tags, stream, PITR and deletion protection
 */
public record ImportOptions(String billingMode, long readCapacity, long writeCapacity, double maxWriteUnits,
                            int writers, boolean replaySettings) {
    public static final int DEFAULT_WRITERS = 16;
    public static final ImportOptions DEFAULTS = new ImportOptions(null, 0, 0, 0, DEFAULT_WRITERS, true);

    public ImportOptions withBilling(String mode, long read, long write) {
        return new ImportOptions(mode, read, write, maxWriteUnits, writers, replaySettings);
    }

    public ImportOptions withMaxWriteUnits(double units) {
        return new ImportOptions(billingMode, readCapacity, writeCapacity, units, writers, replaySettings);
    }

    public ImportOptions withWriters(int n) {
        return new ImportOptions(billingMode, readCapacity, writeCapacity, maxWriteUnits, n, replaySettings);
    }

    public ImportOptions withReplaySettings(boolean on) {
        return new ImportOptions(billingMode, readCapacity, writeCapacity, maxWriteUnits, writers, on);
    }

    /** What is wrong with these options, or empty when they are fine. */
    public Optional<Problem> check() {
        if (billingMode != null && !billingMode.equals("PAY_PER_REQUEST") && !billingMode.equals("PROVISIONED")) {
            return Optional.of(Problem.of("snapshot.import.billing"));
        }
        if ("PROVISIONED".equals(billingMode)) {
            if (readCapacity != 0) {
                Optional<Problem> p = RestoreValidator.capacity(RestoreValidator.Capacity.READ, readCapacity);
                if (p.isPresent()) return p;
            }
            if (writeCapacity != 0) {
                Optional<Problem> p = RestoreValidator.capacity(RestoreValidator.Capacity.WRITE, writeCapacity);
                if (p.isPresent()) return p;
            }
        }
        if (maxWriteUnits < 0) return Optional.of(Problem.of("snapshot.import.writeRate"));
        if (writers < 1 || writers > 256) return Optional.of(Problem.of("snapshot.import.writers", 256));
        return Optional.empty();
    }

    /** {@link #check()} in words, or null when the options are fine (kept for the callers that print it). */
    public String problem() {
        return check().map(ProblemText::of).orElse(null);
    }
}
