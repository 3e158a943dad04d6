package dev.dynamobackup.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
        return "PAY_PER_REQUEST".equals(mode) ? "On-demand" : "Provisioned";
    }
}
