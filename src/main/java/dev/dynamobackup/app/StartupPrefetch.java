package dev.dynamobackup.app;

import dev.dynamobackup.settings.AppDirs;
import dev.dynamobackup.settings.SettingsStore;
import dev.dynamobackup.settings.Theme;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.common.ThemeManager;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Start-up work that needs no JavaFX, started by {@link Launcher} on background threads while the
 * JavaFX toolkit starts (a few hundred milliseconds of the main and FX threads): configuring logback,
 * reading the settings and asking the OS for its colour scheme (a process on macOS and Windows), and
 * reading the UI's texts (the FXML needs them; class initialisation makes the FX thread wait for it). {@link App#start} waits only for the settings and the theme. Classes that get
 * their logger while logback is still being configured receive SLF4J substitute loggers, which replay
 * their events once it is ready.
 */
final class StartupPrefetch {
    private final AppDirs dirs;
    private final ThemeManager themes = new ThemeManager();
    private final CompletableFuture<Loaded> settings = new CompletableFuture<>();

    /** The settings store (its Jackson mapper is built off the FX thread too) and what it loaded. */
    record Loaded(SettingsStore store, SettingsStore.Loaded result) {
    }

    private StartupPrefetch(AppDirs dirs) {
        this.dirs = dirs;
    }

    /** Starts the work in the background. */
    static StartupPrefetch start(AppDirs dirs) {
        StartupPrefetch prefetch = new StartupPrefetch(dirs);
        daemon("startup-logging", LoggerFactory::getILoggerFactory);
        daemon("startup-settings", prefetch::loadSettings);
        // a lambda, not I18n.BUNDLE::getLocale, which would read the bundle right here on the main thread
        daemon("startup-texts", () -> I18n.BUNDLE.getLocale());
        return prefetch;
    }

    /** Does the work on the calling thread (when the app is started without {@link Launcher}). */
    static StartupPrefetch now(AppDirs dirs) {
        StartupPrefetch prefetch = new StartupPrefetch(dirs);
        prefetch.loadSettings();
        return prefetch;
    }

    private void loadSettings() {
        try {
            SettingsStore store = new SettingsStore(dirs.settingsFile());
            SettingsStore.Loaded loaded = store.load();
            // "follow the system" asks the OS once; ThemeManager caches the answer
            if (loaded.settings().theme == Theme.SYSTEM) themes.isDark(Theme.SYSTEM);
            settings.complete(new Loaded(store, loaded));
        } catch (Throwable e) {
            settings.completeExceptionally(e);
        }
    }

    AppDirs dirs() {
        return dirs;
    }

    ThemeManager themes() {
        return themes;
    }

    /** Waits for the settings (normally long read by the time the toolkit has started). */
    Loaded settings() {
        try {
            return settings.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
