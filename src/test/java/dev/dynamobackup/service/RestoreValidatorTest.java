package dev.dynamobackup.service;

import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.model.PitrWindow;
import dev.dynamobackup.model.RestorePoint;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RestoreValidatorTest {

    @Test
    void tableNamesFollowDynamoDbRules() {
        assertTrue(RestoreValidator.tableName("Orders-2026.restored_1").isEmpty());
        assertTrue(RestoreValidator.tableName("abc").isEmpty());
        assertTrue(RestoreValidator.tableName("a".repeat(255)).isEmpty());
        assertTrue(RestoreValidator.tableName("ab").map(ProblemText::of).orElseThrow().contains("3 to 255"));
        assertTrue(RestoreValidator.tableName("a".repeat(256)).map(ProblemText::of).orElseThrow().contains("3 to 255"));
        assertTrue(RestoreValidator.tableName("bad name!").map(ProblemText::of).orElseThrow().contains("letters, digits"));
        assertTrue(RestoreValidator.tableName(" ").isPresent());
    }

    @Test
    void recoveryPeriodIsOneToThirtyFiveDays() {
        assertTrue(RestoreValidator.recoveryPeriod(1).isEmpty());
        assertTrue(RestoreValidator.recoveryPeriod(35).isEmpty());
        assertTrue(RestoreValidator.recoveryPeriod(0).isPresent());
        assertTrue(RestoreValidator.recoveryPeriod(36).isPresent());
    }

    @Test
    void restoreTimeMustLieInsideTheWindow() {
        Instant earliest = Instant.parse("2026-05-01T00:00:00Z");
        Instant latest = Instant.parse("2026-05-20T12:00:00Z");
        PitrWindow window = new PitrWindow(true, 35, earliest, latest);
        assertTrue(RestoreValidator.restorePoint(RestorePoint.at(earliest), window).isEmpty());
        assertTrue(RestoreValidator.restorePoint(RestorePoint.at(latest), window).isEmpty());
        assertTrue(RestoreValidator.restorePoint(RestorePoint.LATEST, window).isEmpty());
        String before = RestoreValidator.restorePoint(RestorePoint.at(earliest.minusSeconds(1)), window).map(ProblemText::of).orElseThrow();
        assertEquals("Choose a time between 2026-05-01 00:00:00 and 2026-05-20 12:00:00 UTC: the table can only be "
                + "restored inside its recovery window.", before);
        assertTrue(RestoreValidator.restorePoint(RestorePoint.at(latest.plusSeconds(1)), window).isPresent());
        assertTrue(RestoreValidator.restorePoint(RestorePoint.LATEST, PitrWindow.DISABLED).map(ProblemText::of).orElseThrow().contains("not enabled"));
    }

    @Test
    void kmsKeyArnsAreRecognised() {
        assertTrue(RestoreValidator.kmsKeyArn("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab").isEmpty());
        assertTrue(RestoreValidator.kmsKeyArn("arn:aws:kms:us-east-1:123456789012:alias/my-key").isEmpty());
        assertTrue(RestoreValidator.kmsKeyArn("arn:aws-cn:kms:cn-north-1:123456789012:key/abc").isEmpty());
        assertTrue(RestoreValidator.kmsKeyArn("1234abcd-12ab-34cd-56ef-1234567890ab").isPresent());
        assertTrue(RestoreValidator.kmsKeyArn("arn:aws:kms:us-east-1:12345:key/abc").isPresent());
    }
}
