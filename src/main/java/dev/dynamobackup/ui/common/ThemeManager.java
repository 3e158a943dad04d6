package dev.dynamobackup.ui.common;

import dev.dynamobackup.settings.Theme;
import javafx.scene.Scene;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Applies the light or dark stylesheet. JavaFX 21 cannot read the OS colour scheme (Platform.Preferences
 * came in JavaFX 22), so "System" asks the OS: GTK_THEME on Linux, AppleInterfaceStyle on macOS,
 * AppsUseLightTheme on Windows; anything unknown means light.
 */
public final class ThemeManager {
    private static final String BASE = css("app.css");
    private static final String DARK = css("dark.css");
    private Boolean osDark;

    public void apply(Scene scene, Theme theme) {
        scene.getStylesheets().removeAll(BASE, DARK);
        scene.getStylesheets().add(BASE);
        if (isDark(theme)) scene.getStylesheets().add(DARK);
    }

    public boolean isDark(Theme theme) {
        return switch (theme) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> osPrefersDark();
        };
    }

    private synchronized boolean osPrefersDark() {
        if (osDark == null) osDark = detectOsDark();
        return osDark;
    }

    private static boolean detectOsDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.contains("mac")) return run("defaults", "read", "-g", "AppleInterfaceStyle").contains("Dark");
            if (os.contains("win")) {
                return run("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                        "/v", "AppsUseLightTheme").contains("0x0");
            }
        } catch (IOException | InterruptedException e) {
            return false;
        }
        String gtk = System.getenv("GTK_THEME");
        return gtk != null && gtk.toLowerCase(Locale.ROOT).contains("dark");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(2, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "";
        }
        return new String(p.getInputStream().readAllBytes());
    }

    private static String css(String name) {
        // concat, not +: this runs on the main thread before the toolkit starts, where the first + costs ~20 ms
        return ThemeManager.class.getResource("/dev/dynamobackup/ui/".concat(name)).toExternalForm();
    }
}
