package dev.dynamobackup.service.snapshot;

/**
 * How many Scan segments and threads an export uses. DynamoDB serves each segment from one partition
 * at a time, so parallelism pays off once a table is more than a few megabytes; beyond that one
 * segment per 256 MB (about the size a partition splits at, rounded down) keeps every segment busy.
 */
public final class SegmentPlan {
    static final long SMALL_TABLE_BYTES = 1L << 20;
    static final long BYTES_PER_SEGMENT = 256L << 20;
    static final int MIN_PARALLEL = 8;
    static final int MAX_AUTO = 1_000;
    /** Threads scanning at once: the work is waiting on the network, not on the CPU. */
    static final int MAX_THREADS = 16;

    private SegmentPlan() {
    }

    public static int segmentsFor(long tableSizeBytes) {
        if (tableSizeBytes < SMALL_TABLE_BYTES) return 1;
        long bySize = (tableSizeBytes + BYTES_PER_SEGMENT - 1) / BYTES_PER_SEGMENT;
        return (int) Math.max(MIN_PARALLEL, Math.min(MAX_AUTO, bySize));
    }

    static int threadsFor(int segments) {
        return Math.min(segments, MAX_THREADS);
    }
}
