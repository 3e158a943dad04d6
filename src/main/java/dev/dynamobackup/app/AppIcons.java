package dev.dynamobackup.app;

import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The window icons (16 to 256 px), decoded on a background thread while the FX thread builds the main
 * window: converting their ~90,000 pixels took the FX thread ~40 ms before the first frame (the JIT has
 * compiled nothing yet). An Image may be made on any thread.
 */
final class AppIcons {
    private static final Logger LOG = LoggerFactory.getLogger(AppIcons.class);
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    /** Starts decoding; call once the JavaFX toolkit runs. */
    static CompletableFuture<List<Image>> load() {
        CompletableFuture<List<Image>> icons = new CompletableFuture<>();
        Thread thread = new Thread(() -> icons.complete(read()), "startup-icons");
        thread.setDaemon(true);
        thread.start();
        return icons;
    }

    private static List<Image> read() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream("/dev/dynamobackup/icons/app-icon-" + size + ".png")) {
                if (in != null) images.add(new Image(in));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Icon {} could not be read: {}", size, e.toString());
            }
        }
        return images;
    }
}
