package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.SettingsReplayService;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * File snapshots: portable, checksummed copies of a table that work against any endpoint, the
 * sandbox included. Plain Java and blocking: the GUI runs each call through its TaskRunner, reports
 * {@link SnapshotProgress} on its own thread and cancels through the {@link CancelSignal}.
 */
public final class SnapshotService {
    private final SnapshotExporter exporter;
    private final SnapshotImporter importer;
    private final Path defaultFolder;

    /** @param dataDir the app's data folder: the default snapshot folder and the import journals live there */
    public SnapshotService(AwsClients clients, SettingsReplayService replay, Path dataDir) {
        this.exporter = new SnapshotExporter(clients, replay);
        this.importer = new SnapshotImporter(clients, replay, dataDir);
        this.defaultFolder = dataDir.resolve("snapshots");
    }

    /** For what reads and checks snapshot files only (verify, list): no client is ever built. */
    public static SnapshotService filesOnly(Path dataDir) {
        return new SnapshotService(null, null, dataDir);
    }

    /** The app's own snapshot folder (the Snapshots view lists it first). */
    public Path defaultFolder() {
        return defaultFolder;
    }

    /** Scans {@code table} into a new folder or {@code .zip} at {@code out} (which must not exist). */
    public ExportResult export(ConnectionTarget target, String table, Path out, ExportOptions options,
                               SnapshotProgress.Listener listener, CancelSignal cancel)
            throws IOException, InterruptedException {
        return exporter.export(target, table, out, options, listener, cancel);
    }

    /** Restores a snapshot into the new table {@code table}, or resumes an interrupted import of it. */
    public ImportResult importSnapshot(ConnectionTarget target, Path in, String table, ImportOptions options,
                                       SnapshotProgress.Listener listener, CancelSignal cancel)
            throws IOException, InterruptedException {
        return importer.importSnapshot(target, in, table, options, listener, cancel);
    }

    /** Reads the manifest and checks every part; the problems in words, empty when the snapshot is intact. */
    public VerifyResult verify(Path snapshot, CancelSignal cancel) throws IOException {
        try (SnapshotLocation location = SnapshotLocation.open(snapshot)) {
            SnapshotManifest manifest = location.manifest();
            return new VerifyResult(SnapshotSummary.of(snapshot, manifest), SnapshotVerifier.problems(location, manifest, cancel));
        }
    }

    public SnapshotManifest manifest(Path snapshot) throws IOException {
        try (SnapshotLocation location = SnapshotLocation.open(snapshot)) {
            return location.manifest();
        }
    }

    /** The snapshots in a folder, newest first. */
    public List<SnapshotSummary> list(Path folder) throws IOException {
        return SnapshotCatalog.list(folder);
    }

    public record VerifyResult(SnapshotSummary snapshot, List<String> problems) {
        public VerifyResult {
            problems = List.copyOf(problems);
        }

        public boolean intact() {
            return problems.isEmpty();
        }
    }
}
