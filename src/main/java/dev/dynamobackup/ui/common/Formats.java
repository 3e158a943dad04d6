package dev.dynamobackup.ui.common;

import dev.dynamobackup.model.PitrStatus;
import dev.dynamobackup.model.ReplayItem;
import java.time.Instant;
import dev.dynamobackup.model.PitrStatus;
import dev.dynamobackup.model.ReplayItem;
import java.time.ZoneId;
import dev.dynamobackup.model.PitrStatus;
import dev.dynamobackup.model.ReplayItem;
import java.time.ZoneOffset;
import dev.dynamobackup.model.PitrStatus;
import dev.dynamobackup.model.ReplayItem;
import java.time.format.DateTimeFormatter;
import dev.dynamobackup.model.PitrStatus;
import dev.dynamobackup.model.ReplayItem;
import java.util.Locale;

/** How sizes, counts and times are written in the UI. */
public final class Formats {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private Formats() {
    }

    public static String bytes(long bytes) {
        if (bytes < 1024) return bytes + " B";
        String[] units = {"KB", "MB", "GB", "TB", "PB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f %s" : "%.1f %s", value, units[unit]);
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Local time, as the console shows it. */
    public static String local(Instant instant) {
        return instant == null ? "" : LOCAL.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** UTC time, for tooltips. */
    public static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant.atOffset(ZoneOffset.UTC));
    }

    public static String billing(String mode) {
        if (mode == null) return "";
        return "PAY_PER_REQUEST".equals(mode) ? I18n.t("billing.onDemand") : I18n.t("billing.provisioned");
    }

    /** A table's PITR state in the table list and the details pane. */
    public static String pitr(PitrStatus status) {
        return switch (status) {
            case ENABLED -> I18n.t("pitr.status.enabled");
            case DISABLED -> I18n.t("pitr.status.disabled");
            case UNKNOWN -> I18n.t("pitr.status.unknown");
            case UNAVAILABLE -> I18n.t("pitr.status.unavailable");
        };
    }

    /** A setting the settings replay can apply again. */
    public static String replayItem(ReplayItem item) {
        return switch (item) {
            case TAGS -> I18n.t("replay.item.tags");
            case TTL -> I18n.t("replay.item.ttl");
            case STREAM -> I18n.t("replay.item.stream");
            case PITR -> I18n.t("replay.item.pitr");
            case DELETION_PROTECTION -> I18n.t("replay.item.deletionProtection");
        };
    }
}
