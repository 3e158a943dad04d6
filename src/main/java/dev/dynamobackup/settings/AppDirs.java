package dev.dynamobackup.settings;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the app keeps its settings (config folder) and its data (logs, sandbox database, restore
 * history), following each OS's convention. System properties {@code dbm.configDir} and
 * {@code dbm.dataDir} override both, so tests never touch a developer's real folders.
 */
public record AppDirs(Path configDir, Path dataDir) {

    private static final String APP = "dynamo-backup-manager";

    public static AppDirs detect() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        Path config;
        Path data;
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            String local = System.getenv("LOCALAPPDATA");
            config = (appData != null ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve(APP);
            data = (local != null ? Path.of(local) : home.resolve("AppData/Local")).resolve(APP);
        } else if (os.contains("mac")) {
            config = home.resolve("Library/Application Support").resolve(APP);
            data = config;
        } else {
            config = xdg("XDG_CONFIG_HOME", home.resolve(".config")).resolve(APP);
            data = xdg("XDG_DATA_HOME", home.resolve(".local/share")).resolve(APP);
        }
        String configOverride = System.getProperty("dbm.configDir");
        String dataOverride = System.getProperty("dbm.dataDir");
        return new AppDirs(configOverride != null ? Path.of(configOverride) : config,
                dataOverride != null ? Path.of(dataOverride) : data);
    }

    private static Path xdg(String variable, Path fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    public Path settingsFile() {
        return configDir.resolve("settings.json");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path logFile() {
        return logDir().resolve("app.log");
    }

    public Path sandboxDir() {
        return dataDir.resolve("sandbox");
    }
}
