package dev.dynamobackup.ui.restore;

import dev.dynamobackup.ui.common.Formats;
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
        if (ms < 10_000) return I18n.t("duration.seconds", String.format(java.util.Locale.ROOT, "%.1f", ms / 1000.0));
        long s = ms / 1000;
        if (s < 60) return I18n.t("duration.seconds", s);
        if (s < 3600) return I18n.t("duration.minutes", s / 60, s % 60);
        return I18n.t("duration.hours", s / 3600, s % 3600 / 60);
    }

    static String step(ReplayStep step) {
        String item = Formats.replayItem(step.item());
        return switch (step.outcome()) {
            case APPLIED -> I18n.t("restore.replay.step.applied", item, step.text());
            case SKIPPED -> I18n.t("restore.replay.step.skipped", item, step.text());
            case FAILED -> I18n.t("restore.replay.step.failed", item, step.text());
        };
    }
}
