package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.Problem;
import dev.dynamobackup.service.validation.ProblemText;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The interrupted imports of a snapshot on one connection and region, read from the journals the importer
 * leaves until it finishes; whether one can still be resumed; forgetting one. Bookkeeping only: resuming is
 * the importer run again into the same table.
 */
final class InterruptedImports {
    private InterruptedImports() {
    }

    /** The snapshot's interrupted imports on {@code target}, by table name. */
    static List<InterruptedImport> find(Path dataDir, SnapshotManifest m, ConnectionTarget target) throws IOException {
        Path folder = ImportJournal.folder(dataDir);
        if (!Files.isDirectory(folder)) return List.of();
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.getFileName().toString().endsWith(".json"))::iterator) {
                ImportJournal.State s = readQuietly(file);
                if (s != null && m.snapshotId().equals(s.snapshotId()) && s.targetTable() != null) tables.add(s.targetTable());
            }
        }
        List<InterruptedImport> found = new ArrayList<>();
        // a journal's file is named from snapshot, connection, region and table: only this target's are found
        for (String table : tables) {
            try {
                of(dataDir, m, target, table).ifPresent(found::add);
            } catch (IOException unreadable) {
                // this target's journal for the table cannot be read: not offered (the importer reports it if run)
            }
        }
        return found;
    }

    static Optional<InterruptedImport> of(Path dataDir, SnapshotManifest m, ConnectionTarget target, String table)
            throws IOException {
        ImportJournal journal = ImportJournal.of(dataDir, m, target, table);
        if (!journal.exists()) return Optional.empty();
        Set<String> done = journal.completed();
        List<SnapshotManifest.PartInfo> written = m.parts().stream().filter(p -> done.contains(p.file())).toList();
        return Optional.of(new InterruptedImport(table, journal.started(), written.size(), m.parts().size(),
                written.stream().mapToLong(SnapshotManifest.PartInfo::itemCount).sum(), m.itemCount()));
    }

    /** Refuses, in words, when the table is gone, has other keys than the snapshot, or is not usable. */
    static void requireResumable(DynamoDbClient ddb, SnapshotManifest m, String table) {
        Optional<TableDescription> t = TableCreator.describe(ddb, table);
        if (t.isEmpty()) throw refused(Problem.of("snapshot.resume.gone", table), Problem.of("snapshot.resume.gone.todo", table));
        if (!TableBlueprint.sameKeys(t.get(), m)) {
            throw refused(Problem.of("snapshot.import.schemaDiffers", table), Problem.of("snapshot.import.schemaDiffers.todo"));
        }
        TableStatus status = t.get().tableStatus();
        if (status != TableStatus.ACTIVE && status != TableStatus.CREATING && status != TableStatus.UPDATING) {
            throw refused(Problem.of("snapshot.resume.status", table, t.get().tableStatusAsString()),
                    Problem.of("snapshot.resume.status.todo"));
        }
    }

    static void forget(Path dataDir, SnapshotManifest m, ConnectionTarget target, String table) throws IOException {
        ImportJournal.of(dataDir, m, target, table).delete();
    }

    private static SnapshotRefusedException refused(Problem what, Problem todo) {
        return new SnapshotRefusedException(ProblemText.of(what), ProblemText.of(todo));
    }

    /** A journal that cannot be read (another app version, a disk error) is not offered. */
    private static ImportJournal.State readQuietly(Path file) {
        try {
            return ManifestJson.MAPPER.readValue(file.toFile(), ImportJournal.State.class);
        } catch (IOException e) {
            return null;
        }
    }
}
