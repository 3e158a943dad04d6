package dev.dynamobackup.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Reads and writes {@link Settings} as JSON. A file that cannot be read or parsed is moved aside
 * (never overwritten) and the app starts with defaults, telling the user where the old file went.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** What loading gave: the settings and, when the file was bad, a sentence for the user. */
    public record Loaded(Settings settings, String warning) {
    }

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public Loaded load() {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Settings settings = mapper.readValue(bytes, Settings.class);
            if (settings == null) throw new IOException("the file holds no settings object");
            if (settings.window == null) settings.window = new Settings.WindowGeometry();
            if (settings.theme == null) settings.theme = Theme.SYSTEM;
            if (settings.endpoints == null) settings.endpoints = new java.util.ArrayList<>();
            return new Loaded(settings, null);
        } catch (NoSuchFileException e) {
            return new Loaded(new Settings(), null);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Settings file {} is unreadable: {}", file, e.toString());
            Path aside = moveAside();
            String where = aside == null ? "it could not be moved and was left in place"
                    : "the old file was kept as " + aside;
            return new Loaded(new Settings(),
                    "Your settings file could not be read, so the app started with default settings ("
                            + where + ").");
        }
    }

    /** Writes atomically (temporary file, then move) so a crash never leaves half a file. */
    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        mapper.writeValue(tmp.toFile(), settings);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path moveAside() {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + LocalDateTime.now().format(STAMP));
        try {
            return Files.move(file, aside);
        } catch (IOException e) {
            LOG.warn("Could not move the unreadable settings file aside: {}", e.toString());
            return null;
        }
    }
}
