package dev.dynamobackup.settings;

import dev.dynamobackup.service.validation.ProblemText;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsStoreTest {
    @TempDir Path dir;

    @Test
    void roundTripsWhatTheAppRemembers() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("cfg/settings.json"));
        Settings s = new Settings();
        s.lastConnectionId = "profile:dev";
        s.lastRegion = "eu-west-1";
        s.theme = Theme.DARK;
        s.window.width = 999;
        s.endpoints.add(new Settings.SavedEndpoint("http://localhost:8000", "us-west-2"));
        store.save(s);

        SettingsStore.Loaded loaded = store.load();
        assertEquals(Optional.empty(), loaded.warning());
        assertEquals("profile:dev", loaded.settings().lastConnectionId);
        assertEquals("eu-west-1", loaded.settings().lastRegion);
        assertEquals(Theme.DARK, loaded.settings().theme);
        assertEquals(999, loaded.settings().window.width);
        assertEquals("us-west-2", loaded.settings().endpoints.get(0).region);
    }

    @Test
    void missingFileGivesDefaultsSilently() {
        SettingsStore.Loaded loaded = new SettingsStore(dir.resolve("none.json")).load();
        assertEquals(Optional.empty(), loaded.warning());
        assertEquals(Theme.SYSTEM, loaded.settings().theme);
    }

    @Test
    void corruptFileIsKeptAsideNotOverwrittenAndTheUserIsTold() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ \"lastRegion\": \"eu-we");
        SettingsStore store = new SettingsStore(file);

        SettingsStore.Loaded loaded = store.load();

        assertEquals(Theme.SYSTEM, loaded.settings().theme);
        String warning = ProblemText.of(loaded.warning().orElseThrow());
        assertTrue(warning.startsWith("Your settings file could not be read"), warning);
        assertFalse(Files.exists(file), "the bad file was moved, so a later save cannot overwrite it");
        try (Stream<Path> files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("settings.json.corrupt-")).findFirst().orElseThrow();
            assertEquals("{ \"lastRegion\": \"eu-we", Files.readString(aside));
            assertTrue(warning.contains(aside.toString()), warning);
        }
        store.save(loaded.settings());
        assertTrue(Files.exists(file));
    }

    @Test
    void twoWindowsSavingAtOnceLeaveOneWholeFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("settings.json");
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> writers = new java.util.ArrayList<>();
        for (String region : List.of("eu-west-1", "us-west-2")) {
            SettingsStore store = new SettingsStore(file);
            Thread t = new Thread(() -> {
                try {
                    for (int i = 0; i < 40; i++) {
                        Settings s = new Settings();
                        s.lastRegion = region;
                        store.save(s);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            t.start();
            writers.add(t);
        }
        for (Thread t : writers) t.join(60_000);

        assertEquals(List.of(), failures, "each save had a temporary file of its own");
        SettingsStore.Loaded loaded = new SettingsStore(file).load();
        assertEquals(Optional.empty(), loaded.warning());
        assertTrue(List.of("eu-west-1", "us-west-2").contains(loaded.settings().lastRegion));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void settingsHaveNoFieldForASecret() {
        List<String> forbidden = List.of("secret", "token", "password", "accesskey", "credential", "session");
        for (Class<?> type : List.of(Settings.class, Settings.WindowGeometry.class, Settings.SavedEndpoint.class)) {
            for (Field f : type.getFields()) {
                String name = f.getName().toLowerCase(Locale.ROOT);
                assertTrue(forbidden.stream().noneMatch(name::contains), type.getSimpleName() + "." + f.getName());
            }
        }
    }
}
