package dev.dynamobackup.service.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Where an export writes until it is done: a hidden folder beside the destination. Only
 * {@link #commit} gives the snapshot its name (manifest last, then an atomic rename); a cancelled or
 * failed export is {@link #abandon}ed, and a crash leaves a dot-folder without a manifest, which no
 * reader takes for a snapshot.
 */
final class SnapshotStaging {
    static final String DATA_FOLDER = "data";
    private final Path destination;
    private final Path folder;

    private SnapshotStaging(Path destination, Path folder) {
        this.destination = destination;
        this.folder = folder;
    }

    static SnapshotStaging begin(Path destination) throws IOException {
        Path parent = destination.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path folder = parent.resolve("." + destination.getFileName() + ".partial-" + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectories(folder.resolve(DATA_FOLDER));
        return new SnapshotStaging(destination, folder);
    }

    Path dataFile(String name) {
        return folder.resolve(DATA_FOLDER).resolve(name);
    }

    static String relativeName(String name) {
        return DATA_FOLDER + "/" + name;
    }

    /** Writes the manifest, then moves the snapshot into place (zipped first when the destination ends in .zip). */
    void commit(SnapshotManifest manifest) throws IOException {
        ManifestJson.write(folder.resolve(SnapshotManifest.FILE_NAME), manifest);
        if (SnapshotLocation.isZip(destination)) {
            Path zip = folder.resolveSibling(folder.getFileName() + ".zip");
            zip(manifest, zip);
            move(zip, destination);
            delete(folder);
        } else {
            move(folder, destination);
        }
    }

    /** The parts are gzip already: stored, not deflated again; the manifest first so a reader finds it early. */
    private void zip(SnapshotManifest manifest, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            List<String> names = new java.util.ArrayList<>();
            names.add(SnapshotManifest.FILE_NAME);
            manifest.parts().forEach(p -> names.add(p.file()));
            for (String name : names) {
                Path source = folder.resolve(name);
                ZipEntry entry = new ZipEntry(name);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(Files.size(source));
                entry.setCrc(crc(source));
                out.putNextEntry(entry);
                Files.copy(source, out);
                out.closeEntry();
            }
        }
    }

    private static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buf = new byte[1 << 16];
        try (var in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) crc.update(buf, 0, n);
        }
        return crc.getValue();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes what the export wrote; best effort (what stays has no manifest). */
    void abandon() {
        try {
            delete(folder);
            Files.deleteIfExists(folder.resolveSibling(folder.getFileName() + ".zip"));
        } catch (IOException ignored) {
            // a leftover dot-folder without a manifest is not taken for a snapshot
        }
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
