package dev.dynamobackup.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.dynamobackup.model.RestoreRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How long past restores took, per source table: a JSON file in the app's data folder
 * ({@code restore-history.json}). AWS advises recording restore times to know the recovery time
 * objective; the table's details show them. Thread-safe; an unreadable file counts as empty.
 */
public final class RestoreHistory {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreHistory.class);
    public static final String FILE_NAME = "restore-history.json";
    /** Enough for a long history, small enough to read at once. */
    private static final int MAX_RECORDS = 1000;

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public RestoreHistory(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public synchronized void record(RestoreRecord entry) {
        List<RestoreRecord> all = new ArrayList<>(readAll());
        all.add(entry);
        if (all.size() > MAX_RECORDS) all = all.subList(all.size() - MAX_RECORDS, all.size());
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            mapper.writeValue(tmp.toFile(), all);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The restore history could not be written to " + file, e);
        }
    }

    /** The restores of one source table in one region, newest first. */
    public synchronized List<RestoreRecord> forSource(String region, String sourceTable) {
        return readAll().stream()
                .filter(r -> r.sourceTable().equals(sourceTable) && r.region().equals(region))
                .sorted(Comparator.comparing(RestoreRecord::finished).reversed())
                .toList();
    }

    public synchronized List<RestoreRecord> readAll() {
        try {
            return mapper.readValue(Files.readAllBytes(file), new TypeReference<List<RestoreRecord>>() { });
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            LOG.warn("The restore history {} could not be read: {}", file, e.toString());
            return List.of();
        }
    }
}
