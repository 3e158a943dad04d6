package dev.dynamobackup.ui.restore;

import dev.dynamobackup.model.ReplayStep;
import dev.dynamobackup.ui.common.I18n;

import java.time.Duration;

/** How restore durations and replay steps are written for people. */
public final class RestoreTexts {
    private RestoreTexts() {
    }

    /** "0.8 s", "42 s", "3 min 5 s", "1 h 2 min". */
    public static String duration(Duration d) {
        long ms = Math.max(0, d.toMillis());
        if (ms < 10_000) return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
        long s = ms / 1000;
        if (s < 60) return s + " s";
        if (s < 3600) return (s / 60) + " min " + (s % 60) + " s";
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }

    static String step(ReplayStep step) {
        return I18n.t("restore.replay.step." + step.outcome().name().toLowerCase(java.util.Locale.ROOT),
                step.item().label(), step.text());
    }
}
