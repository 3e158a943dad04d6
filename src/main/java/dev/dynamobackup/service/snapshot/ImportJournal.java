package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.model.ConnectionTarget;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The progress of one import (snapshot x endpoint x region x target table), kept in the app's data
 * folder: the table this import created and the parts it has completely written. An interrupted
 * import that is run again skips those parts; a part cut off half-way is written again in full
 * (PutRequests of the same items are idempotent). Deleted when the import finishes.
 */
final class ImportJournal {
    /** What is on disk. */
    record State(String snapshotId, String snapshotPath, String endpoint, String region, String targetTable,
                 Instant started, Set<String> completedParts) {
    }

    private final Path file;
    private State state;

    private ImportJournal(Path file, State state) {
        this.file = file;
        this.state = state;
    }

    static Path folder(Path dataDir) {
        return dataDir.resolve("snapshot-imports");
    }

    /** The journal of this import; {@link #exists()} tells whether an earlier run left one. */
    static ImportJournal of(Path dataDir, SnapshotManifest m, ConnectionTarget target, String table) throws IOException {
        String key = m.snapshotId() + "|" + target.connection().id() + "|" + target.region() + "|" + table;
        byte[] hash = ContentDigest.sha256(key.getBytes(StandardCharsets.UTF_8));
        Path file = folder(dataDir).resolve(HexFormat.of().formatHex(hash, 0, 12) + ".json");
        State state = Files.isRegularFile(file) ? ManifestJson.MAPPER.readValue(file.toFile(), State.class) : null;
        return new ImportJournal(file, state);
    }

    boolean exists() {
        return state != null;
    }

    /** When the import that left this journal began. */
    synchronized Instant started() {
        return state == null ? null : state.started();
    }

    synchronized Set<String> completed() {
        return state == null ? Set.of() : Set.copyOf(state.completedParts());
    }

    /** Records that this import created (or is creating) the table: from here on a rerun resumes. */
    synchronized void begin(SnapshotManifest m, Path snapshot, ConnectionTarget target, String table) throws IOException {
        state = new State(m.snapshotId(), snapshot.toAbsolutePath().toString(),
                SnapshotExporter.endpointOf(target.connection(), target.region()), target.region(), table,
                Instant.now(), new LinkedHashSet<>());
        save();
    }

    synchronized void completed(String part) throws IOException {
        Set<String> done = new LinkedHashSet<>(state.completedParts());
        done.add(part);
        state = new State(state.snapshotId(), state.snapshotPath(), state.endpoint(), state.region(),
                state.targetTable(), state.started(), done);
        save();
    }

    synchronized void delete() throws IOException {
        Files.deleteIfExists(file);
        state = null;
    }

    /** Written to a temporary file and renamed, so a crash never leaves half a journal. */
    private void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, ManifestJson.MAPPER.writeValueAsBytes(state));
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
