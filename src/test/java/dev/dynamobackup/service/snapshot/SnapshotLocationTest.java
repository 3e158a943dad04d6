package dev.dynamobackup.service.snapshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The refusals of a path that is not a usable snapshot read as before, now from problems.properties. */
class SnapshotLocationTest {

    @Test
    void aPlainFileIsNotASnapshot(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello");
        SnapshotRefusedException e = assertThrows(SnapshotRefusedException.class, () -> SnapshotLocation.open(file));
        assertEquals(file + " is not a snapshot folder or .zip file.", e.getMessage());
        assertEquals("Give the folder or .zip that 'snapshot export' wrote.", e.todo());
    }

    @Test
    void aFolderWithoutManifestIsAnUnfinishedExport(@TempDir Path dir) throws Exception {
        try (SnapshotLocation location = SnapshotLocation.open(dir)) {
            SnapshotRefusedException e = assertThrows(SnapshotRefusedException.class, location::manifest);
            assertEquals(dir + " has no " + SnapshotManifest.FILE_NAME
                    + ": it is not a snapshot, or its export did not finish.", e.getMessage());
            assertEquals("Export the table again.", e.todo());
        }
    }

    @Test
    void anUnreadableManifestSaysWhy(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(SnapshotManifest.FILE_NAME), "{ not json");
        try (SnapshotLocation location = SnapshotLocation.open(dir)) {
            SnapshotRefusedException e = assertThrows(SnapshotRefusedException.class, location::manifest);
            assertTrue(e.getMessage().startsWith(dir + ": " + SnapshotManifest.FILE_NAME + " cannot be read ("),
                    e.getMessage());
        }
    }
}
