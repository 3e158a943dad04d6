package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.model.Problem;
import dev.dynamobackup.service.validation.ProblemText;
import java.util.Optional;

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

    /** What is wrong with these options, or empty when they are fine. */
    public Optional<Problem> check() {
        if (segments < 0 || segments > MAX_SEGMENTS) return Optional.of(Problem.of("snapshot.export.segments", MAX_SEGMENTS));
        if (maxReadUnits < 0) return Optional.of(Problem.of("snapshot.export.readRate"));
        if (itemsPerPart < 1) return Optional.of(Problem.of("snapshot.export.itemsPerPart"));
        return Optional.empty();
    }

    /** {@link #check()} in words, or null when the options are fine (kept for the callers that print it). */
    public String problem() {
        return check().map(ProblemText::of).orElse(null);
    }
}
