package dev.dynamobackup.service.awsbackup;

import software.amazon.awssdk.services.backup.model.ResourceNotFoundException;

import java.util.Optional;
import java.util.function.Supplier;

/** What the AWS Backup writes without a token hand to {@code CheckedWrite}: a done marker and the checks. */
final class BackupWriteChecks {
    private BackupWriteChecks() {
    }

    /** A write that returns nothing, as a value {@code CheckedWrite} can hand back. */
    static Supplier<Boolean> done(Runnable write) {
        return () -> {
            write.run();
            return Boolean.TRUE;
        };
    }

    static Optional<Boolean> doneIf(boolean done) {
        return done ? Optional.of(Boolean.TRUE) : Optional.empty();
    }

    /** True when the describe/get answers ResourceNotFound (the resource is gone). */
    static boolean gone(Runnable describe) {
        try {
            describe.run();
            return false;
        } catch (ResourceNotFoundException notFound) {
            return true;
        }
    }
}
