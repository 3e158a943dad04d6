package dev.dynamobackup.aws;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * DynamoDB Local stores tables in SQLite through sqlite4java, which loads a native library from the
 * folder named by {@code sqlite4java.library.path}. The build copies those libraries next to the app
 * jars (target/app, the installed app) and to target/native (for {@code mvn javafx:run}); this finds them.
 */
public final class NativeLibraries {
    public static final String PROPERTY = "sqlite4java.library.path";

    private NativeLibraries() {
    }

    /** Sets the property when it is not set; returns the folder used, or null when none was found. */
    public static synchronized Path configureSqlite() {
        String current = System.getProperty(PROPERTY);
        if (current != null && holdsSqlite(Path.of(current))) return Path.of(current);
        for (Path candidate : candidates()) {
            if (holdsSqlite(candidate)) {
                System.setProperty(PROPERTY, candidate.toString());
                return candidate;
            }
        }
        return null;
    }

    private static List<Path> candidates() {
        List<Path> result = new ArrayList<>();
        try {
            Path jar = Path.of(NativeLibraries.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path folder = Files.isDirectory(jar) ? jar : jar.getParent();
            result.add(folder);
            if (folder.getParent() != null) {
                result.add(folder.getParent().resolve("native"));
                result.add(folder.getParent().resolve("app"));
            }
        } catch (URISyntaxException | RuntimeException ignored) {
            // no code source (unusual class loader): fall back to the working directory
        }
        result.add(Path.of("target", "native"));
        result.add(Path.of("target", "app"));
        return result;
    }

    private static boolean holdsSqlite(Path folder) {
        if (!Files.isDirectory(folder)) return false;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*sqlite4java*")) {
            return files.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
