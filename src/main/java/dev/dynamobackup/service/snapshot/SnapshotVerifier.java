package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.model.Problem;
import dev.dynamobackup.service.validation.ProblemText;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Checks every data part against the manifest: present, SHA-256 of the file, complete gzip stream,
 * line count; and the parts' counts against the manifest's total. An import runs it before it writes
 * anything, so a corrupted or truncated snapshot is refused whole.
 */
public final class SnapshotVerifier {
    private SnapshotVerifier() {
    }

    /** One line per problem; empty when the snapshot is intact. */
    public static List<String> problems(SnapshotLocation location, SnapshotManifest manifest, CancelSignal cancel)
            throws IOException {
        List<String> problems = new ArrayList<>();
        long total = 0;
        for (SnapshotManifest.PartInfo part : manifest.parts()) {
            cancel.check();
            total += part.itemCount();
            Path file = location.part(part.file());
            try {
                checkPart(file, part).ifPresent(problems::add);
            } catch (NoSuchFileException e) {
                problems.add(ProblemText.of(Problem.of("snapshot.verify.partMissing", part.file())));
            }
        }
        if (total != manifest.itemCount()) {
            problems.add(ProblemText.of(Problem.of("snapshot.verify.totalCount", total, manifest.itemCount())));
        }
        return problems;
    }

    /** Throws {@link SnapshotRefusedException} naming every problem found. */
    public static void requireIntact(SnapshotLocation location, SnapshotManifest manifest, CancelSignal cancel)
            throws IOException {
        List<String> problems = problems(location, manifest, cancel);
        if (!problems.isEmpty()) {
            throw new SnapshotRefusedException(ProblemText.of(Problem.of("snapshot.verify.damaged", location.path(), String.join(" ", problems))),
                    ProblemText.of(Problem.of("snapshot.verify.damaged.todo")));
        }
    }

    private static java.util.Optional<String> checkPart(Path file, SnapshotManifest.PartInfo part) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long lines = 0;
        String readError = null;
        try (InputStream raw = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), sha);
             InputStream in = new GZIPInputStream(raw, 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) if (buf[i] == '\n') lines++;
            }
            // the digest must cover the whole file, also bytes after the gzip trailer
            while (raw.read(buf) > 0) {
                // drain
            }
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            readError = e.getMessage();
        }
        if (readError != null) {
            return java.util.Optional.of(ProblemText.of(Problem.of("snapshot.verify.partCorrupt", part.file(), readError)));
        }
        String actual = HexFormat.of().formatHex(sha.digest());
        if (!actual.equalsIgnoreCase(part.sha256())) {
            return java.util.Optional.of(ProblemText.of(Problem.of("snapshot.verify.partChecksum", part.file())));
        }
        if (lines != part.itemCount()) {
            return java.util.Optional.of(ProblemText.of(Problem.of("snapshot.verify.partCount", part.file(), lines, part.itemCount())));
        }
        return java.util.Optional.empty();
    }
}
