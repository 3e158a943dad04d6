package dev.dynamobackup.service;

import dev.dynamobackup.aws.WriteRetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs one non-idempotent write; when it fails with its outcome open (attempt timeout, lost reply,
 * 5xx), asks the service whether the work was done instead of resending it blindly. Found done: the
 * caller gets the result as if the reply had arrived. Not done: a {@link WriteNotConfirmedException}
 * with the sentence for that case, or, for writes that cannot happen twice (see {@link #resendable}),
 * one more send after the check.
 */
public final class CheckedWrite {
    private static final Logger LOG = LoggerFactory.getLogger(CheckedWrite.class);

    /** What to tell the user when the check found nothing, and when the check could not be made. */
    public record Sentences(String notFound, String notFoundTodo, String unknown, String unknownTodo) {
    }

    private CheckedWrite() {
    }

    /** For CreateBackup: names are not unique, so a backup the list does not show yet may exist; never resent. */
    public static <T> T run(String what, Supplier<T> write, Supplier<Optional<T>> check, Sentences sentences) {
        return run(what, write, check, sentences, false);
    }

    /**
     * For writes a second copy of cannot duplicate (a restore into a name that must be free, deleting
     * one backup, setting PITR to a state): when the check shows the work was not done, it is sent once
     * more, and a failure of that copy is checked the same way (a TableAlreadyExists there means the
     * first copy was running after all: the check then finds it).
     */
    public static <T> T resendable(String what, Supplier<T> write, Supplier<Optional<T>> check, Sentences sentences) {
        return run(what, write, check, sentences, true);
    }

    private static <T> T run(String what, Supplier<T> write, Supplier<Optional<T>> check, Sentences sentences,
                             boolean resend) {
        try {
            return write.get();
        } catch (RuntimeException failure) {
            if (!WriteRetryPolicy.outcomeUnknown(failure)) throw failure;
            LOG.warn("{}: outcome unknown after {}; checking with the service", what, failure.toString());
            Optional<T> found = check(what, failure, check, sentences);
            if (found.isPresent()) return found.get();
            if (!resend) throw new WriteNotConfirmedException(sentences.notFound(), sentences.notFoundTodo(), failure);
            LOG.info("{}: not done; sending it once more", what);
            try {
                return write.get();
            } catch (RuntimeException again) {
                again.addSuppressed(failure);
                Optional<T> foundNow = check(what, again, check, sentences);
                if (foundNow.isPresent()) return foundNow.get();
                if (!WriteRetryPolicy.outcomeUnknown(again)) throw again;
                throw new WriteNotConfirmedException(sentences.notFound(), sentences.notFoundTodo(), again);
            }
        }
    }

    private static <T> Optional<T> check(String what, RuntimeException failure, Supplier<Optional<T>> check,
                                         Sentences sentences) {
        try {
            Optional<T> found = check.get();
            if (found.isPresent()) LOG.info("{}: the service had done it; the reply was lost", what);
            return found;
        } catch (WriteNotConfirmedException saidSo) {
            throw new WriteNotConfirmedException(saidSo.getMessage(), saidSo.todo(), failure);
        } catch (RuntimeException checkFailed) {
            failure.addSuppressed(checkFailed);
            LOG.warn("{}: the check failed too: {}", what, checkFailed.toString());
            throw new WriteNotConfirmedException(sentences.unknown(), sentences.unknownTodo(), failure);
        }
    }
}
