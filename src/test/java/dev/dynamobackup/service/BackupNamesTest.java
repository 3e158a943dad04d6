package dev.dynamobackup.service;

import dev.dynamobackup.service.validation.ProblemText;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupNamesTest {
    @Test
    void acceptsTheAllowedCharactersAndLengths() {
        assertTrue(BackupNames.problem("abc").isEmpty());
        assertTrue(BackupNames.problem("Product_Catalog.backup-1").isEmpty());
        assertTrue(BackupNames.problem("x".repeat(255)).isEmpty());
    }

    @Test
    void explainsWhatIsWrong() {
        assertTrue(BackupNames.problem("").map(ProblemText::of).orElseThrow().startsWith("Enter a backup name"));
        assertTrue(BackupNames.problem("ab").map(ProblemText::of).orElseThrow().contains("has 2"));
        assertTrue(BackupNames.problem("x".repeat(256)).map(ProblemText::of).orElseThrow().contains("has 256"));
        assertTrue(BackupNames.problem("bad name").map(ProblemText::of).orElseThrow().contains("a space is not allowed"), BackupNames.problem("bad name").map(ProblemText::of).get());
        assertTrue(BackupNames.problem("bad/name").map(ProblemText::of).orElseThrow().contains("'/' is not allowed"));
        assertEquals("backup.name.space", BackupNames.problem("bad name").orElseThrow().key(), "a key, not English");
        assertEquals("A backup name may contain only letters, digits, '_', '-' and '.'; a space is not allowed.",
                ProblemText.of(BackupNames.problem("bad name").orElseThrow()), "quotes rendered once");
    }

    @Test
    void defaultNameIsTableAndTimestampCutToFit() {
        Instant t = Instant.parse("2026-11-21T06:05:09Z");
        assertEquals("Orders-20261121-060509", BackupNames.defaultName("Orders", t, ZoneOffset.UTC));
        String longName = BackupNames.defaultName("t".repeat(255), t, ZoneOffset.UTC);
        assertEquals(255, longName.length());
        assertTrue(longName.endsWith("-20261121-060509"));
        assertTrue(BackupNames.problem(longName).isEmpty());
    }
}
