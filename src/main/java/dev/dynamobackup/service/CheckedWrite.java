package dev.dynamobackup.service;

import dev.dynamobackup.aws.WriteRetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs one non-idempotent write; when it fails with its outcome open (attempt timeout, lost reply,
 * 5xx), asks the service whether the work was done instead of resending it. Found done: the caller
 * gets the result as if the reply had arrived. Not found, or the check itself failed: a
 * {@link WriteNotConfirmedException} with the sentence for that case.
 */
final class CheckedWrite {
    private static final Logger LOG = LoggerFactory.getLogger(CheckedWrite.class);

    /** What to tell the user when the check found nothing, and when the check could not be made. */
    record Sentences(String notFound, String notFoundTodo, String unknown, String unknownTodo) {
    }

    private CheckedWrite() {
    }

    static <T> T run(String what, Supplier<T> write, Supplier<Optional<T>> check, Sentences sentences) {
        try {
            return write.get();
        } catch (RuntimeException failure) {
            if (!WriteRetryPolicy.outcomeUnknown(failure)) throw failure;
            LOG.warn("{}: outcome unknown after {}; checking with the service", what, failure.toString());
            Optional<T> found;
            try {
                found = check.get();
            } catch (WriteNotConfirmedException saidSo) {
                throw new WriteNotConfirmedException(saidSo.getMessage(), saidSo.todo(), failure);
            } catch (RuntimeException checkFailed) {
                failure.addSuppressed(checkFailed);
                LOG.warn("{}: the check failed too: {}", what, checkFailed.toString());
                throw new WriteNotConfirmedException(sentences.unknown(), sentences.unknownTodo(), failure);
            }
            if (found.isPresent()) {
                LOG.info("{}: the service had done it; the reply was lost", what);
                return found.get();
            }
            throw new WriteNotConfirmedException(sentences.notFound(), sentences.notFoundTodo(), failure);
        }
    }
}
