package dev.dynamobackup.service.snapshot;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes {@code manifest.json} (and the import journal) with one configured Jackson mapper. */
final class ManifestJson {
    /** Unknown fields are tolerated: a newer app may add some within the same format version. */
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ManifestJson() {
    }

    static void write(Path file, SnapshotManifest manifest) throws IOException {
        Files.write(file, MAPPER.writeValueAsBytes(manifest));
    }

    static SnapshotManifest read(Path file) throws IOException {
        return MAPPER.readValue(Files.readAllBytes(file), SnapshotManifest.class);
    }
}
