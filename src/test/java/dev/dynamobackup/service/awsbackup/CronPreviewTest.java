package dev.dynamobackup.service.awsbackup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CronPreviewTest {
    @Test
    void plainWordsWithTheTimeZone() {
        assertEquals("every day at 05:00 UTC", CronPreview.describe("cron(0 5 ? * * *)", null));
        assertEquals("every day at 05:00 UTC", CronPreview.describe("cron(0 5 ? * * *)", "Etc/UTC"));
        assertEquals("every day at 23:30 Europe/Berlin", CronPreview.describe("cron(30 23 * * ? *)", "Europe/Berlin"));
        assertEquals("every Sunday at 05:00 UTC", CronPreview.describe("cron(0 5 ? * SUN *)", null));
        assertEquals("every Monday to Friday at 03:15 UTC", CronPreview.describe("cron(15 3 ? * MON-FRI *)", null));
        assertEquals("every Sunday at 05:00 UTC", CronPreview.describe("cron(0 5 ? * 1 *)", null));
        assertEquals("on day 1 of every month at 05:00 UTC", CronPreview.describe("cron(0 5 1 * ? *)", null));
        assertEquals("on the last day of every month at 05:00 UTC", CronPreview.describe("cron(0 5 L * ? *)", null));
        assertEquals("every year on January 1 at 00:00 UTC", CronPreview.describe("cron(0 0 1 1 ? *)", null));
        assertEquals("every 12 hours at minute 0 (UTC)", CronPreview.describe("cron(0 */12 * * ? *)", null));
        assertEquals("minutes 0, hours 5,17, day-of-month ?, month *, day-of-week *, year * (UTC)",
                CronPreview.describe("cron(0 5,17 ? * * *)", null));
    }
}
