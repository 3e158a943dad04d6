package dev.dynamobackup.service;

import dev.dynamobackup.model.Problem;
import dev.dynamobackup.model.EncryptionChoice;
import dev.dynamobackup.model.PitrWindow;
import dev.dynamobackup.model.RestorePoint;
import dev.dynamobackup.model.RestoreSettings;
import dev.dynamobackup.service.validation.ArnRules;
import dev.dynamobackup.service.validation.NameRules;
import dev.dynamobackup.service.validation.ProblemText;

import java.time.Instant;
import java.util.Optional;

/**
 * The checks made before any restore call (moto accepts what AWS refuses, so the app must check).
 * Each check returns the problem (a bundle key, see {@link ProblemText}), or empty when the value is fine; the wizards show these
 * live, the services throw {@link RestoreRefusedException} with them.
 */
public final class RestoreValidator {
    private static final java.time.format.DateTimeFormatter UTC =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);
    /** The largest provisioned capacity a restore may ask for without a quota increase. */
    public static final long MAX_CAPACITY = 40_000;

    private RestoreValidator() {
    }

    public static Optional<Problem> tableName(String name) {
        return NameRules.table(name);
    }

    /** Read or write capacity units of a provisioned table. */
    public enum Capacity { READ, WRITE }

    public static Optional<Problem> capacity(Capacity which, long units) {
        if (units < 1 || units > MAX_CAPACITY) {
            return Optional.of(which == Capacity.READ ? Problem.of("capacity.read", MAX_CAPACITY)
                    : Problem.of("capacity.write", MAX_CAPACITY));
        }
        return Optional.empty();
    }

    /** A customer managed key by key or alias ARN, in any region (the wizard does not know the target's yet). */
    public static Optional<Problem> kmsKeyArn(String arn) {
        return ArnRules.kmsKey(arn, null);
    }

    public static Optional<Problem> settings(RestoreSettings s) {
        if (s.provisioned()) {
            Optional<Problem> read = capacity(Capacity.READ, s.readCapacity());
            if (read.isPresent()) return read;
            Optional<Problem> write = capacity(Capacity.WRITE, s.writeCapacity());
            if (write.isPresent()) return write;
        } else if (s.billingMode() != null && !"PAY_PER_REQUEST".equals(s.billingMode())) {
            return Optional.of(Problem.of("billingMode.invalid"));
        }
        if (s.encryption() == EncryptionChoice.CUSTOMER_MANAGED) return kmsKeyArn(s.kmsKeyArn());
        return Optional.empty();
    }

    public static Optional<Problem> recoveryPeriod(int days) {
        if (days < PitrWindow.MIN_DAYS || days > PitrWindow.MAX_DAYS) {
            return Optional.of(Problem.of("recoveryPeriod.range"));
        }
        return Optional.empty();
    }

    /** The time must lie in [earliest, latest] of an enabled PITR window. */
    public static Optional<Problem> restorePoint(RestorePoint point, PitrWindow window) {
        if (!window.enabled()) return Optional.of(Problem.of("restorePoint.pitrOff"));
        if (point.latest()) return Optional.empty();
        Instant t = point.time();
        if (!window.contains(t)) {
            return Optional.of(Problem.of("restorePoint.outside", UTC.format(window.earliest()), UTC.format(window.latest())));
        }
        return Optional.empty();
    }
}
