package dev.dynamobackup.model;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceSettingsTest {

    @Test
    void describesEachSettingFromTheBundle() {
        SourceSettings on = new SourceSettings("T", Map.of("team", "a", "env", "prod"), "expiresAt", "NEW_IMAGE", 14, true);
        assertEquals("env=prod, team=a", on.describe(ReplayItem.TAGS));
        assertEquals("on, attribute expiresAt", on.describe(ReplayItem.TTL));
        assertEquals("on (NEW_IMAGE)", on.describe(ReplayItem.STREAM));
        assertEquals("on, 14 days", on.describe(ReplayItem.PITR));
        assertEquals("on", on.describe(ReplayItem.DELETION_PROTECTION));
    }

    @Test
    void describesWhatIsOff() {
        SourceSettings off = new SourceSettings("T", Map.of(), null, null, 0, false);
        assertEquals("none", off.describe(ReplayItem.TAGS));
        assertEquals("off", off.describe(ReplayItem.TTL));
        assertEquals("off", off.describe(ReplayItem.STREAM));
        assertEquals("off", off.describe(ReplayItem.PITR));
        assertEquals("off", off.describe(ReplayItem.DELETION_PROTECTION));
    }
}
