package dev.dynamobackup.ui.backups;

import dev.dynamobackup.model.PitrStatus;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.service.snapshot.ExportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Snapshot to file" in the create-backup model: the default where native backups are missing, its options' checks. */
class SnapshotMethodModelTest {
    @TempDir Path dir;

    private static TableSummary table(String name) {
        return new TableSummary(name, "arn:" + name, "ACTIVE", 0, 0, "PAY_PER_REQUEST", PitrStatus.UNKNOWN, false, null,
                List.of(), List.of(), 0, 0, null, null, null, Map.of(), "STANDARD");
    }

    private CreateBackupModel model(boolean nativeBackups) {
        return new CreateBackupModel(List.of(table("Forum")), List.of("Forum"), t -> t + "-default", nativeBackups, dir.resolve("snapshots"));
    }

    @Test
    void withoutNativeBackupsTheSnapshotIsTheMethodChosen() {
        assertTrue(model(false).snapshotMethodProperty().get());
        assertFalse(model(true).snapshotMethodProperty().get());
        assertEquals(Optional.empty(), model(false).methodProblem().get(), "the default options are usable as they are");
    }

    @Test
    void badOptionsKeepCreateDisabledWithTheReasonOnlyForTheSnapshotMethod() throws Exception {
        CreateBackupModel m = model(true);
        var options = m.snapshotSettings();
        options.segmentsProperty().set("0");
        assertEquals(Optional.empty(), m.methodProblem().get(), "the native method does not care about snapshot options");
        m.snapshotMethodProperty().set(true);
        assertTrue(m.methodProblem().get().orElseThrow().startsWith("Segments must be a whole number"), m.methodProblem().get().toString());
        options.segmentsProperty().set("8");
        options.maxReadUnitsProperty().set("-5");
        assertTrue(m.methodProblem().get().orElseThrow().startsWith("The read-rate limit"), m.methodProblem().get().toString());
        options.maxReadUnitsProperty().set("100");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        options.folderProperty().set(file.toString());
        assertTrue(m.methodProblem().get().orElseThrow().contains("is not a folder"), m.methodProblem().get().toString());
        options.folderProperty().set(dir.toString());
        assertEquals(Optional.empty(), m.methodProblem().get());

        options.consistentProperty().set(true);
        ExportOptions export = options.options();
        assertEquals(8, export.segments());
        assertEquals(100.0, export.maxReadUnits());
        assertTrue(export.consistent());
        assertEquals(dir.resolve("Forum-default"), options.destination("Forum-default"));
        options.zipProperty().set(true);
        assertEquals(dir.resolve("Forum-default.zip"), options.destination("Forum-default"));
    }
}
