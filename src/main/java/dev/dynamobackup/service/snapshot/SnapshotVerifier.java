package dev.dynamobackup.service.snapshot;

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
                problems.add(part.file() + " is missing.");
            }
        }
        if (total != manifest.itemCount()) {
            problems.add("The parts hold " + total + " items but the manifest says " + manifest.itemCount() + ".");
        }
        return problems;
    }

    /** Throws {@link SnapshotRefusedException} naming every problem found. */
    public static void requireIntact(SnapshotLocation location, SnapshotManifest manifest, CancelSignal cancel)
            throws IOException {
        List<String> problems = problems(location, manifest, cancel);
        if (!problems.isEmpty()) {
            throw new SnapshotRefusedException("The snapshot " + location.path() + " is damaged: " + String.join(" ", problems),
                    "Nothing was written. Use another copy of the snapshot, or export the table again.");
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
            return java.util.Optional.of(part.file() + " is truncated or corrupted (" + readError + ").");
        }
        String actual = HexFormat.of().formatHex(sha.digest());
        if (!actual.equalsIgnoreCase(part.sha256())) {
            return java.util.Optional.of(part.file() + " does not match its SHA-256 checksum.");
        }
        if (lines != part.itemCount()) {
            return java.util.Optional.of(part.file() + " has " + lines + " items, the manifest says " + part.itemCount() + ".");
        }
        return java.util.Optional.empty();
    }
}
