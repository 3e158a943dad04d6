package dev.dynamobackup.service.validation;

import dev.dynamobackup.model.Problem;

import java.time.Instant;
import java.util.Optional;

/** A creation-time range (from inclusive, to exclusive, as ListBackups takes it): its start must come first. */
public final class TimeRangeRule {
    private TimeRangeRule() {
    }

    /** Either end may be open (null); a range whose start is not before its end can match nothing. */
    public static Optional<Problem> check(Instant from, Instant to) {
        if (from == null || to == null || from.isBefore(to)) return Optional.empty();
        return Optional.of(Problem.of("time.range.reversed", from, to));
    }
}
