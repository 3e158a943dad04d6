package dev.dynamobackup.service;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The paths the fault suite cannot force with a proxy alone: the copy sent after a check meets the
 * first copy's table (TableAlreadyExists), the check itself fails, a definite 4xx is passed on untouched.
 */
class CheckedWriteTest {
    private static final CheckedWrite.Sentences SENTENCES = new CheckedWrite.Sentences("not found", "todo", "unknown", "todo");

    private static DynamoDbException service(int status, String code) {
        return (DynamoDbException) DynamoDbException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(code).build()).build();
    }

    /** A write that answers from a script: each entry a result or an exception to throw. */
    private static Supplier<String> scripted(AtomicInteger sent, Object... answers) {
        Deque<Object> left = new ArrayDeque<>(List.of(answers));
        return () -> {
            sent.incrementAndGet();
            Object next = left.poll();
            if (next instanceof RuntimeException e) throw e;
            return (String) next;
        };
    }

    @Test
    void aResentCopyThatMeetsTheFirstOnesTableFindsItDone() {
        AtomicInteger sent = new AtomicInteger();
        Deque<Optional<String>> checks = new ArrayDeque<>(List.of(Optional.empty(), Optional.of("the table")));
        String result = CheckedWrite.resendable("restore",
                scripted(sent, service(500, "InternalServerError"), service(400, "TableAlreadyExistsException")),
                checks::poll, SENTENCES);
        assertEquals("the table", result);
        assertEquals(2, sent.get());
    }

    @Test
    void createBackupIsNeverResent() {
        AtomicInteger sent = new AtomicInteger();
        WriteNotConfirmedException e = assertThrows(WriteNotConfirmedException.class, () -> CheckedWrite.run("create",
                scripted(sent, ApiCallAttemptTimeoutException.create(15_000), "made"), Optional::empty, SENTENCES));
        assertEquals("not found", e.getMessage());
        assertEquals(1, sent.get());
    }

    @Test
    void aFailedCheckSaysTheOutcomeIsUnknownAndSendsNothingMore() {
        AtomicInteger sent = new AtomicInteger();
        WriteNotConfirmedException e = assertThrows(WriteNotConfirmedException.class, () -> CheckedWrite.resendable("delete",
                scripted(sent, service(503, "ServiceUnavailable"), "deleted"), () -> {
                    throw service(500, "InternalServerError");
                }, SENTENCES));
        assertEquals("unknown", e.getMessage());
        assertEquals(1, sent.get());
        assertTrue(e.getCause() instanceof DynamoDbException);
    }

    @Test
    void aDefiniteRefusalIsPassedOnWithoutACheck() {
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger checked = new AtomicInteger();
        DynamoDbException refused = service(400, "ValidationException");
        DynamoDbException thrown = assertThrows(DynamoDbException.class, () -> CheckedWrite.resendable("pitr",
                scripted(sent, refused), () -> {
                    checked.incrementAndGet();
                    return Optional.of("x");
                }, SENTENCES));
        assertSame(refused, thrown);
        assertEquals(0, checked.get());
    }
}
