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

    @Test
    void aZipIsReadByTwoAtOnce(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("two.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("data/part.json.gz"));
            out.write(new byte[]{1, 2, 3});
            out.closeEntry();
        }
        // the list, a verify and a restore may read one zip at the same time
        try (SnapshotLocation first = SnapshotLocation.open(zip); SnapshotLocation second = SnapshotLocation.open(zip)) {
            assertEquals(3, Files.size(first.part("data/part.json.gz")));
            assertEquals(3, Files.size(second.part("data/part.json.gz")));
        }
    }
}
