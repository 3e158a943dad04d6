package dev.dynamobackup.app;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Notices the first frame of a scene and tells how long after the start of the process it came. */
public final class FirstFrame {
    /** Linux reports process times in USER_HZ ticks, 100 per second on every architecture Java runs on. */
    private static final double USER_HZ = 100.0;
    /** The process start on the {@link System#nanoTime} clock, found once (a /proc read costs a few ms this early). */
    private static volatile long startNanos;
    private static volatile boolean started;

    private FirstFrame() {
    }

    /** Calls {@code then} with the milliseconds since process start once the scene has laid out and rendered its first pulse. */
    public static void whenShown(Scene scene, java.util.function.LongConsumer then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // runLater: after this pulse has rendered
            Platform.runLater(() -> then.accept(sinceJvmStart()));
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /**
     * Milliseconds since this process started (for a jpackage launcher: including the launcher's own
     * work before the JVM). On Linux from /proc, to about 10 ms: ProcessHandle's start instant there
     * rests on the boot time in whole seconds and is up to a second off.
     */
    public static long sinceJvmStart() {
        long now = System.nanoTime();
        if (!started) {
            startNanos = now - processAgeMillis() * 1_000_000L;
            started = true;
        }
        return (now - startNanos) / 1_000_000L;
    }

    private static long processAgeMillis() {
        long now = System.currentTimeMillis();
        Long linux = linuxProcessAgeMillis();
        if (linux != null) return linux;
        long start = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getStartTime());
        return now - start;
    }

    /** Process age from /proc/uptime and field 22 (starttime, in ticks after boot) of /proc/self/stat; null elsewhere. */
    static Long linuxProcessAgeMillis() {
        try {
            Path stat = Path.of("/proc/self/stat");
            Path uptime = Path.of("/proc/uptime");
            if (!Files.isReadable(stat) || !Files.isReadable(uptime)) return null;
            double upSeconds = Double.parseDouble(Files.readString(uptime).trim().split("\\s+")[0]);
            long startTicks = Long.parseLong(statField(Files.readString(stat), 22));
            long ageMillis = Math.round((upSeconds - startTicks / USER_HZ) * 1000);
            return ageMillis >= 0 ? ageMillis : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The CPU time (user and system, all threads) the process has used so far, from fields 14 and 15 of
     * /proc/self/stat (10 ms ticks); -1 elsewhere. Less swayed by other processes than the wall clock.
     */
    static long processCpuMillis() {
        try {
            String s = Files.readString(Path.of("/proc/self/stat"));
            return Math.round((Long.parseLong(statField(s, 14)) + Long.parseLong(statField(s, 15))) * 1000 / USER_HZ);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Field {@code n} (counted from 1, as in proc(5)) of a /proc stat line. */
    private static String statField(String stat, int n) {
        // the command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'
        return stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+")[n - 3];
    }

    /** What {@code --smoke} prints once the first frame is there (the smoke test and the benchmark read it). */
    static void printSmokeReport(long ms) {
        System.out.println("first-frame-ms=" + ms);
        System.out.println("first-frame-cpu-ms=" + processCpuMillis());
        System.out.println("startup-trace: " + StartupTrace.summary() + " first-frame=" + ms);
        System.out.flush();
    }

    /** What {@code --smoke} prints once the whole window (the table list too) has rendered. */
    static void printCompleteWindow(long ms) {
        System.out.println("complete-window-ms=" + ms);
        System.out.println("complete-window-cpu-ms=" + processCpuMillis());
        System.out.flush();
    }
}
