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
 * The window icons, decoded on a background thread (an Image may be made on any thread): converting
 * their pixels took the FX thread ~40 ms before the first frame, when the JIT has compiled nothing yet.
 * The title bar and task bar sizes are ready for the first frame; the large ones (task switchers, docks:
 * 80 % of the pixels) are decoded after it, so they do not compete with it for the CPU.
 */
final class AppIcons {
    private static final Logger LOG = LoggerFactory.getLogger(AppIcons.class);
    private static final int[] FIRST = {16, 32, 48, 64};
    private static final int[] LATER = {128, 256};

    private AppIcons() {
    }

    /** Starts decoding the small sizes; call once the JavaFX toolkit runs. */
    static CompletableFuture<List<Image>> first() {
        return decode(FIRST);
    }

    /** Starts decoding the large sizes. */
    static CompletableFuture<List<Image>> later() {
        return decode(LATER);
    }

    private static CompletableFuture<List<Image>> decode(int[] sizes) {
        CompletableFuture<List<Image>> icons = new CompletableFuture<>();
        Thread thread = new Thread(() -> icons.complete(read(sizes)), "icons");
        thread.setDaemon(true);
        thread.start();
        return icons;
    }

    private static List<Image> read(int[] sizes) {
        List<Image> images = new ArrayList<>();
        for (int size : sizes) {
            try (InputStream in = AppIcons.class.getResourceAsStream("/dev/dynamobackup/icons/app-icon-" + size + ".png")) {
                if (in != null) images.add(new Image(in));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Icon {} could not be read: {}", size, e.toString());
            }
        }
        return images;
    }
}
