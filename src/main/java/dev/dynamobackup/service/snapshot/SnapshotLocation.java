package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.model.Problem;
import dev.dynamobackup.service.validation.ProblemText;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A snapshot opened for reading: a folder, or a {@code .zip} seen through the JDK's zip file system,
 * so the rest of the code reads both through the same {@link Path} API.
 */
public final class SnapshotLocation implements AutoCloseable {
    private final Path path;
    private final Path root;
    private final FileSystem zip;

    private SnapshotLocation(Path path, Path root, FileSystem zip) {
        this.path = path;
        this.root = root;
        this.zip = zip;
    }

    /** Opens a folder or a zip; fails with a plain sentence when the path is neither. */
    public static SnapshotLocation open(Path path) throws IOException {
        if (Files.isDirectory(path)) return new SnapshotLocation(path, path, null);
        if (Files.isRegularFile(path) && isZip(path)) {
            // opened by path, not by URI: a URI's zip file system is registered once per JVM, so a second
            // reader of the same zip (the list, a verify, another restore while one runs) would be refused
            FileSystem fs = FileSystems.newFileSystem(path, Map.of());
            return new SnapshotLocation(path, fs.getPath("/"), fs);
        }
        throw new SnapshotRefusedException(ProblemText.of(Problem.of("snapshot.location.notSnapshot", path)),
                ProblemText.of(Problem.of("snapshot.location.notSnapshot.todo")));
    }

    static boolean isZip(Path path) {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }

    public Path path() {
        return path;
    }

    /** The manifest, or a refusal saying the snapshot is incomplete. */
    public SnapshotManifest manifest() throws IOException {
        Path file = root.resolve(SnapshotManifest.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new SnapshotRefusedException(ProblemText.of(Problem.of("snapshot.location.noManifest", path, SnapshotManifest.FILE_NAME)),
                    ProblemText.of(Problem.of("snapshot.exportAgain.todo")));
        }
        SnapshotManifest m;
        try {
            m = ManifestJson.read(file);
        } catch (IOException e) {
            throw new SnapshotRefusedException(ProblemText.of(Problem.of("snapshot.location.manifestUnreadable", path, SnapshotManifest.FILE_NAME, e.getMessage())),
                    ProblemText.of(Problem.of("snapshot.exportAgain.todo")));
        }
        if (m.formatVersion() > SnapshotManifest.FORMAT_VERSION) {
            throw new SnapshotRefusedException(ProblemText.of(Problem.of("snapshot.location.newerFormat", path, m.formatVersion(), SnapshotManifest.FORMAT_VERSION)),
                    ProblemText.of(Problem.of("snapshot.location.newerFormat.todo")));
        }
        return m;
    }

    /** A data part by its manifest name; the name may not leave the snapshot. */
    Path part(String relativeName) {
        Path p = root.resolve(relativeName).normalize();
        if (!p.startsWith(root) || relativeName.contains("..")) {
            throw new SnapshotRefusedException(ProblemText.of(Problem.of("snapshot.location.partOutside", relativeName)),
                    ProblemText.of(Problem.of("snapshot.location.partOutside.todo")));
        }
        return p;
    }

    @Override
    public void close() throws IOException {
        if (zip != null) zip.close();
    }
}
