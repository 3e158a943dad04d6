package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.Problem;
import dev.dynamobackup.service.SettingsReplayService;
import dev.dynamobackup.service.validation.ProblemText;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * File snapshots: portable, checksummed copies of a table that work against any endpoint, the
 * sandbox included. Plain Java and blocking: the GUI runs each call through its TaskRunner, reports
 * {@link SnapshotProgress} on its own thread and cancels through the {@link CancelSignal}.
 */
public final class SnapshotService {
    private final SnapshotExporter exporter;
    private final SnapshotImporter importer;
    private final Path defaultFolder;
    private final AwsClients clients;
    private final Path dataDir;
    /** The imports running in this process (connection, region, table): one at a time per table. */
    private final Set<String> importing = ConcurrentHashMap.newKeySet();

    /** @param dataDir the app's data folder: the default snapshot folder and the import journals live there */
    public SnapshotService(AwsClients clients, SettingsReplayService replay, Path dataDir) {
        this.exporter = new SnapshotExporter(clients, replay);
        this.importer = new SnapshotImporter(clients, replay, dataDir);
        this.defaultFolder = dataDir.resolve("snapshots");
        this.clients = clients;
        this.dataDir = dataDir;
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
        String key = target.connection().id() + "|" + target.region() + "|" + table;
        if (!importing.add(key)) {
            throw new SnapshotRefusedException(ProblemText.of(Problem.of("snapshot.import.running", table)),
                    ProblemText.of(Problem.of("snapshot.import.running.todo")));
        }
        try {
            return importer.importSnapshot(target, in, table, options, listener, cancel);
        } finally {
            importing.remove(key);
        }
    }

    /**
     * The imports of {@code snapshot} into tables of {@code target} that stopped before they finished and
     * can be resumed by importing into the same table again; those running now in this app are left out.
     * Reads files only.
     */
    public List<InterruptedImport> interruptedImports(ConnectionTarget target, Path snapshot) throws IOException {
        return InterruptedImports.find(dataDir, manifest(snapshot), target).stream()
                .filter(i -> !importing.contains(target.connection().id() + "|" + target.region() + "|" + i.targetTable()))
                .toList();
    }

    /** The interrupted import of {@code snapshot} into {@code table}, if one is recorded. Reads files only. */
    public Optional<InterruptedImport> interruptedImport(ConnectionTarget target, Path snapshot, String table) throws IOException {
        return InterruptedImports.of(dataDir, manifest(snapshot), target, table);
    }

    /**
     * Checks that the interrupted import into {@code table} can go on: the table is still there, with the
     * snapshot's keys, and usable; refuses with a {@link SnapshotRefusedException} in words otherwise.
     */
    public InterruptedImport requireResumable(ConnectionTarget target, Path snapshot, String table) throws IOException {
        SnapshotManifest m = manifest(snapshot);
        InterruptedImport recorded = InterruptedImports.of(dataDir, m, target, table).orElseThrow(() ->
                new SnapshotRefusedException(ProblemText.of(Problem.of("snapshot.resume.none", table)),
                        ProblemText.of(Problem.of("snapshot.resume.none.todo"))));
        InterruptedImports.requireResumable(clients.dynamoDb(target), m, table);
        return recorded;
    }

    /** Forgets the interrupted import into {@code table} (its journal); the table itself is not touched. */
    public void forgetInterruptedImport(ConnectionTarget target, Path snapshot, String table) throws IOException {
        InterruptedImports.forget(dataDir, manifest(snapshot), target, table);
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
