package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.model.awsbackup.Lifecycle;
import dev.dynamobackup.model.awsbackup.PlanDraft;
import dev.dynamobackup.model.awsbackup.PlanRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Comparing a draft with the plan read back after a lost reply: as AWS Backup stores it. */
class PlanMapperTest {
    private static PlanDraft plan(String zone, Integer start, Integer completion, String schedule) {
        return new PlanDraft("Orders", List.of(new PlanRule("Daily", "Default", schedule, zone, start, completion,
                Lifecycle.deleteAfter(35), List.of())));
    }

    @Test
    void aRuleSentWithoutWindowsOrZoneEqualsItsStoredDefaults() {
        PlanDraft sent = plan(null, null, null, "cron(0 5 ? * * *)");
        PlanDraft stored = plan("Etc/UTC", 480, 10_080, "cron(0 5 ? * * *)");
        assertNotEquals(sent, stored);
        assertEquals(PlanMapper.asStored(sent), PlanMapper.asStored(stored));
        assertEquals(PlanMapper.asStored(plan("UTC", 480, null, "cron(0 5 ? * * *)")), PlanMapper.asStored(stored));
    }

    @Test
    void anyRealDifferenceStillCounts() {
        PlanDraft stored = plan("Etc/UTC", 480, 10_080, "cron(0 5 ? * * *)");
        assertNotEquals(PlanMapper.asStored(plan(null, null, null, "cron(0 6 ? * * *)")), PlanMapper.asStored(stored));
        assertNotEquals(PlanMapper.asStored(plan("Europe/Berlin", null, null, "cron(0 5 ? * * *)")), PlanMapper.asStored(stored));
        assertNotEquals(PlanMapper.asStored(plan(null, 60, null, "cron(0 5 ? * * *)")), PlanMapper.asStored(stored));
    }
}
