package dev.dynamobackup.service.awsbackup;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain words for an AWS cron schedule, e.g. {@code cron(0 5 ? * * *)} in UTC is "every day at 05:00 UTC".
 * Covers the shapes plans use (daily, weekly, monthly, yearly, every N hours); anything else is
 * described field by field. Call only on a schedule that passed {@link AwsBackupRules#schedule}.
 */
public final class CronPreview {
    private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern EVERY_N = Pattern.compile("(\\*|0)/(\\d+)");
    private static final String[] DAY_NAMES = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

    private CronPreview() {
    }

    public static String describe(String expression, String timeZone) {
        Matcher m = CRON.matcher(expression.strip());
        if (!m.matches()) return expression;
        String[] f = m.group(1).strip().split("\\s+");
        String minutes = f[0], hours = f[1], dom = f[2], month = f[3], dow = f[4], year = f[5];
        String zone = zone(timeZone);
        String tail = "*".equals(year) ? "" : " in " + year;
        if (NUMBER.matcher(minutes).matches() && NUMBER.matcher(hours).matches()) {
            String at = " at " + String.format(Locale.ROOT, "%02d:%02d", Integer.parseInt(hours), Integer.parseInt(minutes)) + " " + zone;
            boolean anyDay = ("*".equals(dom) || "?".equals(dom)) && ("*".equals(dow) || "?".equals(dow));
            if (anyDay && "*".equals(month)) return "every day" + at + tail;
            if ("?".equals(dom) && "*".equals(month)) return "every " + days(dow) + at + tail;
            if ("L".equals(dom) && "*".equals(month)) return "on the last day of every month" + at + tail;
            if (NUMBER.matcher(dom).matches() && "*".equals(month)) return "on day " + dom + " of every month" + at + tail;
            if (NUMBER.matcher(dom).matches() && NUMBER.matcher(month).matches()) {
                return "every year on " + monthName(month) + " " + dom + at + tail;
            }
        }
        boolean everyDay = ("*".equals(dom) || "?".equals(dom)) && ("*".equals(dow) || "?".equals(dow)) && "*".equals(month);
        if (everyDay && NUMBER.matcher(minutes).matches()) {
            if ("*".equals(hours)) return "every hour at minute " + minutes + " (" + zone + ")" + tail;
            Matcher n = EVERY_N.matcher(hours);
            if (n.matches()) return "every " + n.group(2) + " hours at minute " + minutes + " (" + zone + ")" + tail;
        }
        return "minutes " + minutes + ", hours " + hours + ", day-of-month " + dom + ", month " + month
                + ", day-of-week " + dow + ", year " + year + " (" + zone + ")";
    }

    static String zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank() || "Etc/UTC".equals(timeZone) || "UTC".equals(timeZone)) return "UTC";
        return timeZone;
    }

    /** "Sunday", "Monday to Friday", "Monday, Wednesday". */
    private static String days(String dow) {
        if (dow.contains("-") && !dow.contains(",")) {
            String[] range = dow.split("-");
            return dayName(range[0]) + " to " + dayName(range[1]);
        }
        String[] list = dow.split(",");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < list.length; i++) sb.append(i == 0 ? "" : ", ").append(dayName(list[i]));
        return sb.toString();
    }

    /** AWS numbers the week's days 1 (Sunday) to 7 (Saturday). */
    private static String dayName(String day) {
        String upper = day.toUpperCase(Locale.ROOT);
        int index = NUMBER.matcher(upper).matches() ? Integer.parseInt(upper) - 1 : java.util.Arrays.asList(DAY_NAMES).indexOf(upper);
        if (index < 0 || index > 6) return day;
        DayOfWeek d = DayOfWeek.SUNDAY.plus(index);
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String monthName(String month) {
        return Month.of(Integer.parseInt(month)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
