package dev.dynamobackup.service.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The snapshots in a folder: its sub-folders and .zip files that have a manifest. Unfinished exports
 * (hidden {@code .NAME.partial-*} folders, no manifest) are not listed.
 */
final class SnapshotCatalog {
    private SnapshotCatalog() {
    }

    static List<SnapshotSummary> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        List<SnapshotSummary> found = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path p : children.sorted().toList()) {
                if (p.getFileName().toString().startsWith(".")) continue;
                if (!Files.isDirectory(p) && !SnapshotLocation.isZip(p)) continue;
                try (SnapshotLocation location = SnapshotLocation.open(p)) {
                    found.add(SnapshotSummary.of(p, location.manifest()));
                } catch (SnapshotRefusedException | IOException notASnapshot) {
                    // a folder or zip of something else
                }
            }
        }
        found.sort(Comparator.comparing(SnapshotSummary::created, Comparator.nullsLast(Comparator.reverseOrder())));
        return found;
    }
}
