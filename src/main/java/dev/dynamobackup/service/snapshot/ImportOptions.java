package dev.dynamobackup.service.snapshot;

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

    /** The problem with these options in words, or null when they are fine. */
    public String problem() {
        if (billingMode != null && !billingMode.equals("PAY_PER_REQUEST") && !billingMode.equals("PROVISIONED")) {
            return "The billing mode must be PAY_PER_REQUEST (on-demand) or PROVISIONED.";
        }
        if ("PROVISIONED".equals(billingMode)) {
            if (readCapacity != 0) {
                String p = RestoreValidator.capacity(RestoreValidator.Capacity.READ, readCapacity).map(dev.dynamobackup.service.validation.ProblemText::of).orElse(null);
                if (p != null) return p;
            }
            if (writeCapacity != 0) {
                String p = RestoreValidator.capacity(RestoreValidator.Capacity.WRITE, writeCapacity).map(dev.dynamobackup.service.validation.ProblemText::of).orElse(null);
                if (p != null) return p;
            }
        }
        if (maxWriteUnits < 0) return "The write-rate limit must be a positive number of write units per second.";
        if (writers < 1 || writers > 256) return "Writers must be from 1 to 256.";
        return null;
    }
}
