package dev.dynamobackup.app;

import dev.dynamobackup.settings.AppDirs;
import javafx.application.Application;

/**
 * The GUI's main class. A plain class (not an Application subclass), so the app runs from a class
 * path without "JavaFX runtime components are missing". Arguments: {@code --smoke} prints the time
 * to the first frame and exits; {@code --bare --smoke} does the same for a bare JavaFX window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        if (java.util.Arrays.asList(args).contains("--bare")) {
            Application.launch(BareWindow.class, args);
            return;
        }
        AppDirs dirs = AppDirs.detect();
        LogSetup.init(dirs);
        // settings, OS theme and logback: read in the background while the JavaFX toolkit starts
        App.prefetched(StartupPrefetch.start(dirs));
        Application.launch(App.class, args);
    }
}
