package dev.dynamobackup.service;

import dev.dynamobackup.model.EncryptionChoice;
import dev.dynamobackup.model.PitrWindow;
import dev.dynamobackup.model.RestorePoint;
import dev.dynamobackup.model.RestoreSettings;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks made before any restore call (moto accepts what AWS refuses, so the app must check).
 * Each check returns the problem in words, or empty when the value is fine; the wizards show these
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

    public static Optional<String> tableName(String name) {
        if (name == null || name.isBlank()) return Optional.of("Enter a name for the new table.");
        if (name.length() < 3 || name.length() > 255) {
            return Optional.of("A table name has 3 to 255 characters (this one has " + name.length() + ").");
        }
        if (!TABLE_NAME.matcher(name).matches()) {
            return Optional.of("A table name may only contain letters, digits, '_', '-' and '.'.");
        }
        return Optional.empty();
    }

    public static Optional<String> capacity(String label, long units) {
        if (units < 1 || units > MAX_CAPACITY) {
            return Optional.of(label + " capacity must be a whole number from 1 to " + MAX_CAPACITY + ".");
        }
        return Optional.empty();
    }

    public static Optional<String> kmsKeyArn(String arn) {
        if (arn == null || arn.isBlank()) return Optional.of("Enter the ARN of the customer managed KMS key.");
        if (!KMS_ARN.matcher(arn.trim()).matches()) {
            return Optional.of("That is not a KMS key ARN (arn:aws:kms:REGION:ACCOUNT:key/KEY-ID).");
        }
        return Optional.empty();
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
