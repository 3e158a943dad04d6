package dev.dynamobackup.settings;

import dev.dynamobackup.model.Problem;
import java.util.Optional;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and writes {@link Settings} as JSON through a {@link LockedJsonFile}. A file that cannot be read
 * or parsed is moved aside (never overwritten) and the app starts with defaults, telling the user where
 * the old file went.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final LockedJsonFile<Settings> json;

    /** What loading gave: the settings and, when the file was bad, a sentence for the user. */
    public record Loaded(Settings settings, Optional<Problem> warning) {
    }

    public SettingsStore(Path file) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(SerializationFeature.INDENT_OUTPUT);
        this.json = new LockedJsonFile<>(file, mapper, new TypeReference<Settings>() { }, "corrupt");
    }

    public Path file() {
        return json.file();
    }

    public Loaded load() {
        LockedJsonFile.Read<Settings> read;
        try {
            read = json.read();
        } catch (IOException e) {
            LOG.warn("Settings file {} could not be locked: {}", json.file(), e.toString());
            return new Loaded(new Settings(), Optional.of(Problem.of("settings.unreadable", e.getMessage())));
        }
        if (read.damaged()) {
            LOG.warn("Settings file {} is unreadable; moved to {}", json.file(), read.movedAside());
            return new Loaded(new Settings(), Optional.of(read.movedAside() == null ? Problem.of("settings.damaged.leftInPlace")
                    : Problem.of("settings.damaged.movedAside", read.movedAside())));
        }
        Settings settings = read.value() == null ? new Settings() : read.value();
        if (settings.window == null) settings.window = new Settings.WindowGeometry();
        if (settings.theme == null) settings.theme = Theme.SYSTEM;
        if (settings.endpoints == null) settings.endpoints = new java.util.ArrayList<>();
        return new Loaded(settings, Optional.empty());
    }

    /** Writes under the lock through a unique temporary file and an atomic move: never half a file. */
    public void save(Settings settings) throws IOException {
        json.write(settings);
    }
}
