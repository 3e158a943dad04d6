package dev.dynamobackup.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU seconds of a process and of its threads grouped by name, from Linux's /proc (user + system
 * time, 100 ticks a second): what the DynamoDB Local server's single SQLiteQueue thread, its Jetty
 * threads and the client spent during a measurement. {@link #start()} then {@link Window#stop()}.
 */
final class CpuMeter {
    private static final double TICKS = 100.0;
    private final Path proc;

    private CpuMeter(Path proc) {
        this.proc = proc;
    }

    static CpuMeter of(long pid) {
        return new CpuMeter(Path.of("/proc", Long.toString(pid)));
    }

    static CpuMeter self() {
        return of(ProcessHandle.current().pid());
    }

    /** The server's pid from -Dbench.serverPid, or null when the script did not pass it. */
    static CpuMeter server() {
        String pid = System.getProperty("bench.serverPid");
        return pid == null || pid.isBlank() ? null : of(Long.parseLong(pid));
    }

    Window start() {
        return new Window(System.nanoTime(), ticks(proc.resolve("stat")), threads());
    }

    /**
     * The whole machine from /proc/stat (all cores): "busy 180%, idle 15%, steal 5%" of one core. Idle
     * time while a measurement runs means it was not CPU-bound; steal is CPU the host gave to other guests.
     */
    static final class Machine {
        private final long[] start = machineTicks();
        private final long startNanos = System.nanoTime();

        String stop() {
            long[] end = machineTicks();
            double wall = (System.nanoTime() - startNanos) / 1e9;
            double idle = end[3] + end[4] - start[3] - start[4];
            double steal = end[7] - start[7];
            double busy = 0;
            for (int i = 0; i < 7; i++) if (i != 3 && i != 4) busy += end[i] - start[i];
            return String.format(java.util.Locale.ROOT, "machine: busy %.0f%%, idle %.0f%%, steal %.0f%% of one core",
                    100 * busy / TICKS / wall, 100 * idle / TICKS / wall, 100 * steal / TICKS / wall);
        }

        private static long[] machineTicks() {
            try {
                String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
                String[] f = cpu.trim().split("\\s+");
                long[] t = new long[8];
                for (int i = 0; i < 8; i++) t[i] = Long.parseLong(f[i + 1]);
                return t;
            } catch (IOException e) {
                throw new IllegalStateException("cannot read /proc/stat", e);
            }
        }
    }

    final class Window {
        private final long startNanos;
        private final long startTotal;
        private final Map<String, Long> startThreads;

        private Window(long startNanos, long startTotal, Map<String, Long> startThreads) {
            this.startNanos = startNanos;
            this.startTotal = startTotal;
            this.startThreads = startThreads;
        }

        /** CPU seconds by thread group, with "total" (the process, exited threads included) and "wall". */
        Map<String, Double> stop() {
            double wall = (System.nanoTime() - startNanos) / 1e9;
            long total = ticks(proc.resolve("stat")) - startTotal;
            Map<String, Double> groups = new LinkedHashMap<>();
            groups.put("wall", wall);
            groups.put("total", total / TICKS);
            long grouped = 0;
            for (Map.Entry<String, Long> t : threads().entrySet()) {
                long spent = t.getValue() - startThreads.getOrDefault(t.getKey(), 0L);
                if (spent <= 0) continue;
                grouped += spent;
                groups.merge(group(t.getKey().substring(t.getKey().indexOf(' ') + 1)), spent / TICKS, Double::sum);
            }
            if (total > grouped) groups.merge("exited threads", (total - grouped) / TICKS, Double::sum);
            return groups;
        }
    }

    /** Thread groups of DynamoDB Local and of the bench JVM. */
    private static String group(String name) {
        if (name.startsWith("SQLiteQueue")) return "SQLiteQueue";
        if (name.startsWith("qtp")) return "jetty";
        if (name.startsWith("pool-")) return "pool";
        if (name.startsWith("snapshot-read")) return "part readers";
        if (name.startsWith("snapshot-write")) return "writers";
        if (name.startsWith("snapshot-parse")) return "parsers";
        if (name.startsWith("ceiling")) return "writers";
        if (name.startsWith("G1") || name.startsWith("GC")) return "gc";
        if (name.startsWith("C1") || name.startsWith("C2")) return "jit";
        return "other";
    }

    /** "tid name" -> ticks of every live thread. */
    private Map<String, Long> threads() {
        Map<String, Long> out = new HashMap<>();
        try (Stream<Path> tasks = Files.list(proc.resolve("task"))) {
            tasks.forEach(t -> {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    out.put(t.getFileName() + " " + name, ticks(stat));
                } catch (IOException e) {
                    // the thread ended between the listing and the read
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + proc, e);
        }
        return out;
    }

    private static long ticks(Path stat) {
        try {
            return ticks(Files.readString(stat));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + stat, e);
        }
    }

    /** utime + stime: fields 14 and 15, counted after the ")" that ends the command name. */
    private static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** "total 3.1 s (SQLiteQueue 1.9, jetty 0.8, ...)" with each group's share of the wall time. */
    static String describe(Map<String, Double> cpu) {
        double wall = cpu.get("wall");
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "cpu %.2f s in %.2f s wall (%.0f%% of one core):",
                cpu.get("total"), wall, 100 * cpu.get("total") / wall));
        cpu.forEach((k, v) -> {
            if (!k.equals("wall") && !k.equals("total")) {
                b.append(String.format(java.util.Locale.ROOT, " %s %.2f s (%.0f%%)", k, v, 100 * v / wall));
            }
        });
        return b.toString();
    }
}
