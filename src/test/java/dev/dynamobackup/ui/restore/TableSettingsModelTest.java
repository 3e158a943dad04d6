package dev.dynamobackup.ui.restore;

import dev.dynamobackup.model.EncryptionChoice;
import dev.dynamobackup.model.IndexInfo;
import dev.dynamobackup.model.KeyAttribute;
import dev.dynamobackup.model.RestoreSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The settings page's rules, without a window: what is sent for each choice, and what is refused. */
class TableSettingsModelTest {
    private static IndexInfo index(String name, boolean global) {
        return new IndexInfo(name, global, List.of(new KeyAttribute("k", "HASH", "S")), "ALL", null, 0, 0, 0, 0);
    }

    private static TableSettingsModel model() {
        TableSettingsModel m = new TableSettingsModel();
        m.setIndexes(List.of(index("ByA", true), index("ByB", true), index("ByViews", false)));
        return m;
    }

    @Test
    void untouchedIsTheEntireTable() {
        TableSettingsModel m = model();
        assertEquals(RestoreSettings.ENTIRE_TABLE, m.settings());
        m.customizeProperty().set(true);
        RestoreSettings same = m.settings();
        assertNull(same.keepGlobalIndexes(), "every GSI kept = no override");
        assertNull(same.billingMode());
        assertEquals(Optional.empty(), m.problemBinding().get());
    }

    @Test
    void customChoicesBecomeOverrides() {
        TableSettingsModel m = model();
        m.customizeProperty().set(true);
        m.globalIndexes().get(0).keep().set(false);
        m.dropLocalIndexesProperty().set(true);
        m.billingProperty().set(TableSettingsModel.Billing.PROVISIONED);
        m.readProperty().set("8");
        m.writeProperty().set("3");
        m.encryptionProperty().set(EncryptionChoice.AWS_OWNED);

        RestoreSettings s = m.settings();

        assertEquals(List.of("ByB"), s.keepGlobalIndexes());
        assertTrue(s.dropLocalIndexes());
        assertEquals("PROVISIONED", s.billingMode());
        assertEquals(8, s.readCapacity());
        assertEquals(3, s.writeCapacity());
        assertEquals(EncryptionChoice.AWS_OWNED, s.encryption());
    }

    @Test
    void badCapacityAndKeyArnAreShownLive() {
        TableSettingsModel m = model();
        m.customizeProperty().set(true);
        m.billingProperty().set(TableSettingsModel.Billing.PROVISIONED);
        m.readProperty().set("zero");
        assertTrue(m.problemBinding().get().orElseThrow().contains("Read capacity"), m.problemBinding().get().toString());
        m.readProperty().set("50000");
        assertTrue(m.problemBinding().get().orElseThrow().contains("1 to 40000"), m.problemBinding().get().toString());
        m.readProperty().set("5");
        assertEquals(Optional.empty(), m.problemBinding().get());
        m.encryptionProperty().set(EncryptionChoice.CUSTOMER_MANAGED);
        m.kmsKeyArnProperty().set("alias/mine");
        assertTrue(m.problemBinding().get().orElseThrow().contains("KMS key ARN"), m.problemBinding().get().toString());
        m.kmsKeyArnProperty().set("arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
        assertEquals(Optional.empty(), m.problemBinding().get());
        m.customizeProperty().set(false);
        assertFalse(m.settings().provisioned(), "back to the entire table, nothing custom is sent");
    }

    @Test
    void durationsReadNaturally() {
        assertEquals("0.8 s", RestoreTexts.duration(Duration.ofMillis(800)));
        assertEquals("42 s", RestoreTexts.duration(Duration.ofSeconds(42)));
        assertEquals("3 min 5 s", RestoreTexts.duration(Duration.ofSeconds(185)));
        assertEquals("1 h 2 min", RestoreTexts.duration(Duration.ofMinutes(62)));
    }
}
