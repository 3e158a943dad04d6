package dev.dynamobackup.cli;

import dev.dynamobackup.service.snapshot.SnapshotProgress;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, redrawn in place: items, size, rate and ETA. Only on a terminal:
 * when output goes to a file or a pipe, nothing is drawn (the summary at the end is all a script sees).
 */
final class ProgressBar implements SnapshotProgress.Listener {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean enabled;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Drawn when the process has a terminal (System.console() is null when stdout or stdin is redirected). */
    static ProgressBar forTerminal(PrintWriter err, boolean json) {
        return new ProgressBar(err, !json && System.console() != null);
    }

    @Override
    public synchronized void progress(SnapshotProgress p) {
        if (!enabled) return;
        err.print("\r" + line(p) + "\u001b[K");
        err.flush();
        drawn = true;
    }

    /** Ends the bar's line so the summary starts on a fresh one. */
    synchronized void done() {
        if (enabled && drawn) {
            err.println();
            err.flush();
        }
    }

    static String line(SnapshotProgress p) {
        double f = p.fraction();
        String bar;
        if (f < 0) {
            bar = "";
        } else {
            int filled = (int) Math.round(f * WIDTH);
            bar = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format(Locale.ROOT, "%3.0f%% ", f * 100);
        }
        String total = p.totalItems() > 0 ? String.format(Locale.ROOT, "/%,d", p.totalItems()) : "";
        String size = p.bytes() > 0 ? " " + bytes(p.bytes()) : "";
        String eta = p.eta() == null ? "" : " ETA " + duration(p.eta());
        return String.format(Locale.ROOT, "%-14s %s%,d%s items%s %,.0f items/s%s", p.phase().name().toLowerCase(Locale.ROOT),
                bar, p.items(), total, size, p.itemsPerSecond(), eta);
    }

    static String bytes(long n) {
        if (n < 1024) return n + " B";
        if (n < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        if (n < 1024L * 1024 * 1024) return String.format(Locale.ROOT, "%.1f MB", n / 1048576.0);
        return String.format(Locale.ROOT, "%.2f GB", n / 1073741824.0);
    }

    private static String duration(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
