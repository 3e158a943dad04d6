package dev.dynamobackup.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.dynamobackup.model.RestoreRecord;
import dev.dynamobackup.settings.LockedJsonFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How long past restores took, per source table: a JSON file in the app's data folder
 * ({@code restore-history.json}). AWS advises recording restore times to know the recovery time
 * objective; the table's details show them. The GUI and the CLI may write at the same time
 * ({@link LockedJsonFile}); a damaged file is moved aside as {@code restore-history.json.damaged-<time>},
 * reported once to the {@link #onDamaged listener}, and the history starts again.
 */
public final class RestoreHistory {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreHistory.class);
    public static final String FILE_NAME = "restore-history.json";
    public static final String DAMAGED_LABEL = "damaged";
    /** Enough for a long history, small enough to read at once. */
    private static final int MAX_RECORDS = 1000;

    private final LockedJsonFile<List<RestoreRecord>> json;
    private volatile Consumer<Path> damaged = aside -> { };

    public RestoreHistory(Path dataDir) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.json = new LockedJsonFile<>(dataDir.resolve(FILE_NAME), mapper, new TypeReference<>() { }, DAMAGED_LABEL);
    }

    public Path file() {
        return json.file();
    }

    /**
     * Who hears that a damaged file was moved aside (with its new path); called on the thread that
     * found it. The move happens once, so the report does too.
     */
    public void onDamaged(Consumer<Path> listener) {
        this.damaged = Objects.requireNonNull(listener);
    }

    public void record(RestoreRecord entry) {
        try {
            report(json.update(all -> {
                List<RestoreRecord> next = all == null ? new ArrayList<>() : new ArrayList<>(all);
                next.add(entry);
                return next.size() > MAX_RECORDS ? new ArrayList<>(next.subList(next.size() - MAX_RECORDS, next.size())) : next;
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("The restore history could not be written to " + json.file(), e);
        }
    }

    /** The restores of one source table in one region, newest first. */
    public List<RestoreRecord> forSource(String region, String sourceTable) {
        return readAll().stream()
                .filter(r -> r.sourceTable().equals(sourceTable) && r.region().equals(region))
                .sorted(Comparator.comparing(RestoreRecord::finished).reversed())
                .toList();
    }

    /** Every record; empty when there is no file or it was damaged (and moved aside). */
    public List<RestoreRecord> readAll() {
        try {
            LockedJsonFile.Read<List<RestoreRecord>> read = json.read();
            report(read);
            return read.value() == null ? List.of() : read.value();
        } catch (IOException e) {
            LOG.warn("The restore history {} could not be read: {}", json.file(), e.toString());
            return List.of();
        }
    }

    private void report(LockedJsonFile.Read<?> read) {
        if (!read.damaged()) return;
        LOG.warn("The restore history {} was damaged; moved to {}", json.file(), read.movedAside());
        if (read.movedAside() != null) damaged.accept(read.movedAside());
    }
}
