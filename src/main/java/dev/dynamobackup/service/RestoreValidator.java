package dev.dynamobackup.service;

import dev.dynamobackup.model.Problem;
import dev.dynamobackup.model.EncryptionChoice;
import dev.dynamobackup.model.PitrWindow;
import dev.dynamobackup.model.RestorePoint;
import dev.dynamobackup.model.RestoreSettings;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks made before any restore call (moto accepts what AWS refuses, so the app must check).
 * Each check returns the problem (a bundle key, see {@link ProblemText}), or empty when the value is fine; the wizards show these
 * live, the services throw {@link RestoreRefusedException} with them.
 */
public final class RestoreValidator {
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z0-9_.-]{3,255}");
    /** A KMS key or alias ARN, e.g. arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab. */
    private static final Pattern KMS_ARN = Pattern.compile(
            "arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:(key/[A-Za-z0-9-]{1,128}|alias/[A-Za-z0-9/_-]{1,250})");
    private static final java.time.format.DateTimeFormatter UTC =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);
    /** The largest provisioned capacity a restore may ask for without a quota increase. */
    public static final long MAX_CAPACITY = 40_000;

    private RestoreValidator() {
    }

    public static Optional<Problem> tableName(String name) {
        if (name == null || name.isBlank()) return Optional.of(Problem.of("tableName.empty"));
        if (name.length() < 3 || name.length() > 255) {
            return Optional.of(Problem.of("tableName.length", name.length()));
        }
        if (!TABLE_NAME.matcher(name).matches()) {
            return Optional.of(Problem.of("tableName.characters"));
        }
        return Optional.empty();
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

    public static Optional<Problem> kmsKeyArn(String arn) {
        if (arn == null || arn.isBlank()) return Optional.of(Problem.of("kmsKey.empty"));
        if (!KMS_ARN.matcher(arn.trim()).matches()) {
            return Optional.of(Problem.of("kmsKey.invalid"));
        }
        return Optional.empty();
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
