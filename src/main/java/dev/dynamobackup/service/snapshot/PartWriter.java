package dev.dynamobackup.service.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes one data part: DynamoDB JSON lines, gzip-compressed, hashed (SHA-256 of the compressed bytes)
 * and counted on the way to disk, so nothing is read back to checksum it.
 */
final class PartWriter implements AutoCloseable {
    private final Path file;
    private final int segment;
    private final MessageDigest sha;
    private final CountingOutputStream compressed;
    private final CountingOutputStream raw;
    private final JsonGenerator json;
    private long items;

    PartWriter(Path file, int segment) throws IOException {
        this.file = file;
        this.segment = segment;
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        compressed = new CountingOutputStream(new DigestOutputStream(
                new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), sha));
        raw = new CountingOutputStream(new FastGzipOutputStream(compressed));
        json = DynamoJson.FACTORY.createGenerator(raw);
        json.setRootValueSeparator(null);
    }

    /** Writes one line; returns its uncompressed size in bytes. */
    long write(Map<String, AttributeValue> item) throws IOException {
        long before = raw.count + json.getOutputBuffered();
        DynamoJson.writeItemLine(json, item);
        json.writeRaw('\n');
        items++;
        return raw.count + json.getOutputBuffered() - before;
    }

    long items() {
        return items;
    }

    long bytes() {
        return raw.count + json.getOutputBuffered();
    }

    /** Closes the file and describes it for the manifest (the name relative to the snapshot's root). */
    SnapshotManifest.PartInfo finish(String relativeName) throws IOException {
        json.close();
        return new SnapshotManifest.PartInfo(relativeName, segment, items, raw.count, compressed.count,
                HexFormat.of().formatHex(sha.digest()));
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        json.close();
    }

    /**
     * gzip at the fastest level: an export must not take CPU from the table it reads (DynamoDB Local
     * shares the machine); DynamoDB JSON still shrinks about 4 to 6 times.
     */
    private static final class FastGzipOutputStream extends GZIPOutputStream {
        FastGzipOutputStream(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    private static final class CountingOutputStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
