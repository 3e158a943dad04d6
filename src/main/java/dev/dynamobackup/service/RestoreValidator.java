package dev.dynamobackup.service;

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
 * Each check returns the problem in words, or empty when the value is fine; the wizards show these
 * live, the services throw {@link RestoreRefusedException} with them.
 */
public final class RestoreValidator {
    private static final java.time.format.DateTimeFormatter UTC =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);
    /** The largest provisioned capacity a restore may ask for without a quota increase. */
    public static final long MAX_CAPACITY = 40_000;

    private RestoreValidator() {
    }

    public static Optional<String> tableName(String name) {
        return NameRules.table(name).map(ProblemText::of);
    }

    public static Optional<String> capacity(String label, long units) {
        if (units < 1 || units > MAX_CAPACITY) {
            return Optional.of(label + " capacity must be a whole number from 1 to " + MAX_CAPACITY + ".");
        }
        return Optional.empty();
    }

    /** A customer managed key by key or alias ARN, in any region (the wizard does not know the target's yet). */
    public static Optional<String> kmsKeyArn(String arn) {
        return ArnRules.kmsKey(arn, null).map(ProblemText::of);
    }

    public static Optional<String> settings(RestoreSettings s) {
        if (s.provisioned()) {
            Optional<String> read = capacity("Read", s.readCapacity());
            if (read.isPresent()) return read;
            Optional<String> write = capacity("Write", s.writeCapacity());
            if (write.isPresent()) return write;
        } else if (s.billingMode() != null && !"PAY_PER_REQUEST".equals(s.billingMode())) {
            return Optional.of("The billing mode must be PAY_PER_REQUEST (on-demand) or PROVISIONED.");
        }
        if (s.encryption() == EncryptionChoice.CUSTOMER_MANAGED) return kmsKeyArn(s.kmsKeyArn());
        return Optional.empty();
    }

    public static Optional<String> recoveryPeriod(int days) {
        if (days < PitrWindow.MIN_DAYS || days > PitrWindow.MAX_DAYS) {
            return Optional.of("The recovery period is 1 to 35 days.");
        }
        return Optional.empty();
    }

    /** The time must lie in [earliest, latest] of an enabled PITR window. */
    public static Optional<String> restorePoint(RestorePoint point, PitrWindow window) {
        if (!window.enabled()) return Optional.of("Point-in-time recovery is not enabled on the source table.");
        if (point.latest()) return Optional.empty();
        Instant t = point.time();
        if (!window.contains(t)) {
            return Optional.of("Choose a time between " + UTC.format(window.earliest()) + " and " + UTC.format(window.latest())
                    + " UTC: the table can only be restored inside its recovery window.");
        }
        return Optional.empty();
    }
}
