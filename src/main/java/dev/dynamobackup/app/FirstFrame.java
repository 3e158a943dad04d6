package dev.dynamobackup.app;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;
import java.time.Instant;

/** Notices the first frame of a scene and tells how long after the JVM's start it came. */
public final class FirstFrame {
    private FirstFrame() {
    }

    /** Calls {@code then} with the milliseconds since JVM start once the scene has laid out and rendered its first pulse. */
    public static void whenShown(Scene scene, java.util.function.LongConsumer then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // runLater: after this pulse has rendered
            Platform.runLater(() -> then.accept(sinceJvmStart()));
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    public static long sinceJvmStart() {
        long start = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getStartTime());
        return System.currentTimeMillis() - start;
    }
}
