package dev.dynamobackup.service.snapshot;

/**
 * How to export.
 *
 * @param segments     parallel Scan segments; 0 chooses from the table's size ({@link SegmentPlan})
 * @param maxReadUnits read capacity units per second to stay under; 0 for no limit
 * @param consistent   strongly consistent reads (twice the read units)
 * @param itemsPerPart items per data part before a new part is started (the unit an import resumes by)
 */
public record ExportOptions(int segments, double maxReadUnits, boolean consistent, int itemsPerPart) {
    public static final int DEFAULT_ITEMS_PER_PART = 50_000;
    public static final int MAX_SEGMENTS = 1_000_000;
    public static final ExportOptions DEFAULTS = new ExportOptions(0, 0, false, DEFAULT_ITEMS_PER_PART);

    public ExportOptions withSegments(int n) {
        return new ExportOptions(n, maxReadUnits, consistent, itemsPerPart);
    }

    public ExportOptions withMaxReadUnits(double units) {
        return new ExportOptions(segments, units, consistent, itemsPerPart);
    }

    public ExportOptions withConsistent(boolean on) {
        return new ExportOptions(segments, maxReadUnits, on, itemsPerPart);
    }

    public ExportOptions withItemsPerPart(int n) {
        return new ExportOptions(segments, maxReadUnits, consistent, n);
    }

    /** The problem with these options in words, or null when they are fine. */
    public String problem() {
        if (segments < 0 || segments > MAX_SEGMENTS) return "Segments must be from 1 to " + MAX_SEGMENTS + " (or 0 to choose).";
        if (maxReadUnits < 0) return "The read-rate limit must be a positive number of read units per second.";
        if (itemsPerPart < 1) return "A data part holds at least one item.";
        return null;
    }
}
