package dev.dynamobackup.ui;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.service.snapshot.CancelSignal;
import dev.dynamobackup.service.snapshot.ExportOptions;
import dev.dynamobackup.service.snapshot.ImportOptions;
import dev.dynamobackup.service.snapshot.InterruptedImport;
import dev.dynamobackup.service.snapshot.SnapshotProgress;
import dev.dynamobackup.service.snapshot.SnapshotService;
import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.restore.TableSettingsModel.Billing;
import dev.dynamobackup.ui.snapshots.SnapshotRow;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cancel and resume of file snapshots in the GUI on the sandbox: a rate-limited export cancelled from its
 * progress window leaves nothing that looks complete; an import cancelled there leaves its table, marked
 * resumable, and says so; Restore snapshot then resumes an interrupted import to exactly the source's items,
 * and refuses in words one whose table is gone.
 */
class SnapshotCancelAndResumeTest extends UiRobot {
    @TempDir Path dir;
    private UiHarness ui;
    private ConnectionTarget sandbox;
    private DynamoDbClient ddb;

    @AfterEach
    void close() throws Exception {
        if (ui != null) ui.close();
    }

    private void start() throws Exception {
        Settings s = new Settings();
        s.lastConnectionId = "sandbox";
        ui = new UiHarness(s, dir);
        UiHarness.await(60, () -> !ui.window.model().tables().isEmpty() && !ui.window.model().loadingProperty().get());
        sandbox = ui.ctx.session().target();
        ddb = ui.services.clients().dynamoDb(sandbox);
    }

    private SnapshotService snapshots() {
        return ui.services.snapshots();
    }

    private DialogPane top() {
        return topDialog().orElseThrow();
    }

    private Button button(ButtonBar.ButtonData data) {
        return button(top(), data);
    }

    private String figures() {
        return lookup("#snapshotJobFigures").queryAs(Label.class).getText();
    }

    private boolean shown(String prefix) {
        return ui.dialogs.shown.stream().anyMatch(s -> s.startsWith(prefix));
    }

    private <T extends Node> T field(String id, Class<T> type) {
        return lookup(id).queryAs(type);
    }

    /** A table keyed by "id" (with a GSI "by-status" when asked), filled with {@code count} items of about {@code padding} bytes. */
    private void table(String name, int count, int padding, boolean index) {
        AttributeDefinition id = AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build();
        AttributeDefinition status = AttributeDefinition.builder().attributeName("status").attributeType(ScalarAttributeType.S).build();
        ddb.createTable(b -> {
            b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST).attributeDefinitions(index ? List.of(id, status) : List.of(id))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH));
            if (index) {
                b.globalSecondaryIndexes(g -> g.indexName("by-status").keySchema(k -> k.attributeName("status").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL)));
            }
        });
        ddb.waiter().waitUntilTableExists(b -> b.tableName(name));
        String pad = "x".repeat(padding);
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS(name + "-" + i),
                    "status", AttributeValue.fromS(i % 3 == 0 ? "open" : "closed"), "n", AttributeValue.fromN(Integer.toString(i)),
                    "pad", AttributeValue.fromS(pad));
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
            if (batch.size() == 25 || i == count - 1) {
                List<WriteRequest> sending = List.copyOf(batch);
                ddb.batchWriteItem(b -> b.requestItems(Map.of(name, sending)));
                batch.clear();
            }
        }
    }

    private Set<Map<String, AttributeValue>> items(String table) {
        Set<Map<String, AttributeValue>> items = new HashSet<>();
        ddb.scanPaginator(b -> b.tableName(table).consistentRead(true)).items().forEach(items::add);
        return items;
    }

    /** A snapshot of {@code table} in the app's folder, 100 items a part so that an import has parts to skip. */
    private Path snapshot(String table, String name) throws Exception {
        Path out = snapshots().defaultFolder().resolve(name);
        snapshots().export(sandbox, table, out, ExportOptions.DEFAULTS.withSegments(1).withItemsPerPart(100),
                SnapshotProgress.Listener.NONE, new CancelSignal());
        return out;
    }

    private int partsDone(Path snapshot, String table) {
        try {
            return snapshots().interruptedImport(sandbox, snapshot, table).map(InterruptedImport::partsDone).orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aCancelledExportLeavesNoSnapshotThatLooksCompleteAndTheViewListsNone() throws Exception {
        start();
        // the sandbox's banner points to the backup that works there
        Label banner = lookup("#infoText").queryAs(Label.class);
        UiHarness.await(10, () -> banner.isVisible() && banner.getText().contains("Create backup \u2192 Snapshot to file"));
        Screenshots.save(ui.stage.getScene(), "snapshot-sandbox-banner");
        table("Big", 1_500, 1_000, false);
        interact(() -> ui.window.model().refresh());
        @SuppressWarnings("unchecked")
        TableView<TableSummary> tables = lookup("#tableList").queryAs(TableView.class);
        UiHarness.await(30, () -> tables.getItems().stream().anyMatch(t -> t.name().equals("Big")));
        interact(() -> tables.getSelectionModel().select(tables.getItems().stream().filter(t -> t.name().equals("Big")).findFirst().orElseThrow()));

        showTab(BACKUPS_TAB);
        clickOn(from(lookup("#regionBackups").<Node>query()).lookup("#createButton").queryAs(Button.class));
        UiHarness.await(10, () -> topDialog().isPresent());
        clickOn(button(ButtonBar.ButtonData.NEXT_FORWARD));
        assertTrue(field("#methodSnapshot", RadioButton.class).isSelected());
        interact(() -> {
            field("#snapshotSegments", TextField.class).setText("1");
            field("#snapshotMaxRcu", TextField.class).setText("1");
            field("#backupName-Big", TextField.class).setText("cancelled-snapshot");
        });
        clickOn(button(ButtonBar.ButtonData.NEXT_FORWARD));
        clickOn(button(ButtonBar.ButtonData.FINISH));

        Path folder = snapshots().defaultFolder();
        UiHarness.await(60, () -> partialParts(folder) > 0); // running: the first page is in its hidden folder
        UiHarness.await(10, () -> figures().startsWith("Exporting: ") && !figures().startsWith("Exporting: 0 "));
        Screenshots.save(lookup("#snapshotJobFigures").queryAs(Label.class).getScene(), "snapshot-cancel-1-export-running");
        long pressed = System.nanoTime();
        clickOn("#snapshotJobCancel");
        UiHarness.await(30, () -> figures().startsWith("Cancelled."));
        long stoppedMillis = (System.nanoTime() - pressed) / 1_000_000;
        Screenshots.save(lookup("#snapshotJobFigures").queryAs(Label.class).getScene(), "snapshot-cancel-2-export-cancelled");
        assertTrue(stoppedMillis < 10_000, "Cancel took " + stoppedMillis + " ms while the export waited on its read-rate limit");
        try (Stream<Path> left = Files.walk(folder)) {
            List<Path> all = left.toList();
            assertTrue(all.stream().noneMatch(p -> p.getFileName().toString().contains("cancelled-snapshot")), all.toString());
            assertTrue(all.stream().noneMatch(p -> p.getFileName().toString().equals("manifest.json")), all.toString());
        }
        assertFalse(shown("notify: Snapshot written"), ui.dialogs.shown.toString());
        clickOn("#snapshotJobCancel"); // Close

        showTab(SNAPSHOTS_TAB);
        UiHarness.await(20, () -> lookup("#snapshotsStatus").queryAs(Label.class).getText().equals("0 snapshot(s)"));
        assertTrue(snapshotList().getItems().isEmpty());
    }

    /** The data parts in the export's hidden folder (it is there only while the export runs). */
    private static long partialParts(Path folder) {
        if (!Files.isDirectory(folder)) return 0;
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> p.toString().contains(".cancelled-snapshot.partial") && p.toString().endsWith(".json.gz")).count();
        } catch (IOException | UncheckedIOException racedWithTheCleanUp) {
            return 0;
        }
    }

    @Test
    void aCancelledImportLeavesItsProvisionedTableMarkedResumableAndSaysSo() throws Exception {
        start();
        table("Orders", 2_000, 20, true);
        Path snapshot = snapshot("Orders", "orders");
        showTab(SNAPSHOTS_TAB);
        UiHarness.await(20, () -> snapshotList().getItems().size() == 1);
        interact(() -> snapshotList().getSelectionModel().select(0));
        clickOn("#restoreSnapshotButton");
        UiHarness.await(10, () -> lookup("#targetNameField").tryQuery().isPresent());
        interact(() -> field("#targetNameField", TextField.class).setText("orders-copy"));
        UiHarness.await(20, () -> !button(ButtonBar.ButtonData.NEXT_FORWARD).isDisabled());
        clickOn(button(ButtonBar.ButtonData.NEXT_FORWARD));

        // provisioned with units checked before anything is sent, as the native restore's settings page does
        @SuppressWarnings("unchecked")
        ChoiceBox<Billing> billing = field("#snapshotBilling", ChoiceBox.class);
        interact(() -> {
            billing.setValue(Billing.PROVISIONED);
            field("#snapshotReadUnits", TextField.class).setText("0");
        });
        assertTrue(button(ButtonBar.ButtonData.FINISH).isDisabled(), "0 read units are refused");
        assertTrue(lookup(".restore-problem").queryAll().stream().anyMatch(n -> n.isVisible() && n instanceof Label l
                && l.getText().startsWith("Read capacity must be a whole number")));
        Screenshots.save(top().getScene(), "snapshot-restore-1-options-invalid");
        interact(() -> {
            field("#snapshotReadUnits", TextField.class).setText("7");
            field("#snapshotWriteUnits", TextField.class).setText("9");
            field("#snapshotMaxWriteUnits", TextField.class).setText("fast");
        });
        assertTrue(button(ButtonBar.ButtonData.FINISH).isDisabled(), "a write rate that is not a number is refused");
        interact(() -> field("#snapshotMaxWriteUnits", TextField.class).setText("100")); // 2,000 items: about 20 s
        assertFalse(button(ButtonBar.ButtonData.FINISH).isDisabled());
        Screenshots.save(top().getScene(), "snapshot-restore-2-options-provisioned");
        clickOn(button(ButtonBar.ButtonData.FINISH));

        UiHarness.await(60, () -> partsDone(snapshot, "orders-copy") >= 1);
        Screenshots.save(lookup("#snapshotJobFigures").queryAs(Label.class).getScene(), "snapshot-restore-3-import-running");
        clickOn("#snapshotJobCancel");
        UiHarness.await(30, () -> figures().contains("is left with"));
        Screenshots.save(lookup("#snapshotJobFigures").queryAs(Label.class).getScene(), "snapshot-restore-4-import-cancelled");
        InterruptedImport left = snapshots().interruptedImport(sandbox, snapshot, "orders-copy").orElseThrow();
        assertTrue(left.partsDone() >= 1 && left.partsDone() < 20, left.toString());
        assertTrue(figures().startsWith("The import was cancelled. The table orders-copy is left with " + left.partsDone()
                + " of 20 parts written"), figures());
        assertTrue(shown("notifyError: Snapshot import interrupted: The import was cancelled."), ui.dialogs.shown.toString());

        TableDescription copy = ddb.describeTable(b -> b.tableName("orders-copy")).table();
        assertEquals(7L, copy.provisionedThroughput().readCapacityUnits());
        assertEquals(9L, copy.provisionedThroughput().writeCapacityUnits());
        assertEquals(7L, copy.globalSecondaryIndexes().get(0).provisionedThroughput().readCapacityUnits(), "the GSI's read units");
        assertEquals(9L, copy.globalSecondaryIndexes().get(0).provisionedThroughput().writeCapacityUnits(), "the GSI's write units");
        clickOn("#snapshotJobCancel"); // Close

        UiHarness.await(20, () -> snapshotList().getItems().size() == 1
                && snapshotList().getItems().get(0).interrupted().startsWith("into orders-copy: " + left.partsDone() + " of 20 parts"));
        Screenshots.save(ui.stage.getScene(), "snapshot-restore-5-view-interrupted");
    }

    /** Cancels an import (through the service) once its journal records a completed part. */
    private void interrupt(Path snapshot, String table) {
        CancelSignal cancel = new CancelSignal();
        assertThrows(CancellationException.class, () -> snapshots().importSnapshot(sandbox, snapshot, table,
                ImportOptions.DEFAULTS.withMaxWriteUnits(400), p -> {
                    if (p.phase() == SnapshotProgress.Phase.IMPORTING && partsDone(snapshot, table) >= 1) cancel.cancel();
                }, cancel));
    }

    @Test
    void restoreSnapshotResumesAnInterruptedImportToExactlyTheSourceItemsAndRefusesOneWhoseTableIsGone() throws Exception {
        start();
        table("Events", 2_000, 20, false);
        Path snapshot = snapshot("Events", "events");
        interrupt(snapshot, "events-a");
        interrupt(snapshot, "events-gone");
        ddb.deleteTable(b -> b.tableName("events-gone"));
        int done = partsDone(snapshot, "events-a");

        showTab(SNAPSHOTS_TAB);
        UiHarness.await(20, () -> snapshotList().getItems().size() == 1
                && snapshotList().getItems().get(0).interrupted().contains("events-a"));
        interact(() -> snapshotList().getSelectionModel().select(0));
        clickOn("#restoreSnapshotButton");

        // the most recent interruption is offered first; its table is gone: refused in words, Next stays disabled
        UiHarness.await(10, () -> lookup("#resumeOffer-0").tryQuery().isPresent());
        UiHarness.await(20, () -> lookup(".restore-problem").queryAll().stream().anyMatch(n -> n.isVisible()
                && n instanceof Label l && l.getText().contains("events-gone") && l.getText().contains("no longer exists")));
        assertTrue(lookup("#resumeOffer-0").queryAs(RadioButton.class).getText().startsWith("Resume the import into events-gone"));
        assertTrue(button(ButtonBar.ButtonData.NEXT_FORWARD).isDisabled(), "a table that is gone cannot be resumed");
        Screenshots.save(top().getScene(), "snapshot-resume-1-refused");
        clickOn("#resumeForget");
        UiHarness.await(10, () -> lookup("#resumeOffer-1").tryQuery().isEmpty() && lookup("#resumeFresh").queryAs(RadioButton.class).isSelected());
        assertTrue(snapshots().interruptedImport(sandbox, snapshot, "events-gone").isEmpty(), "forgotten");

        RadioButton offer = lookup("#resumeOffer-0").queryAs(RadioButton.class);
        assertEquals("Resume the import into events-a: " + done + " of 20 parts done (" + (done * 100) + " of 2,000 items), begun ",
                offer.getText().substring(0, offer.getText().indexOf("begun ") + 6));
        clickOn(offer);
        assertFalse(lookup("#resumeFresh").queryAs(RadioButton.class).isSelected(), "one choice at a time");
        UiHarness.await(20, () -> !button(ButtonBar.ButtonData.NEXT_FORWARD).isDisabled());
        assertTrue(lookup("#resumeNote").queryAs(Label.class).getText().contains("the " + done + " part(s) already written are skipped"));
        Screenshots.save(top().getScene(), "snapshot-resume-2-offer");
        clickOn(button(ButtonBar.ButtonData.NEXT_FORWARD));
        assertTrue(top().getHeaderText().endsWith(I18n.t("snapshots.restore.optionsHeader")), "resuming skips the new-name page: "
                + top().getHeaderText());
        assertTrue(field("#snapshotBilling", ChoiceBox.class).isDisabled(), "the table exists: its billing is not asked for");
        Screenshots.save(top().getScene(), "snapshot-resume-3-options");
        clickOn(button(ButtonBar.ButtonData.FINISH));

        UiHarness.await(120, () -> shown("notify: Snapshot restored") || shown("notifyError: "));
        assertTrue(shown("notify: Snapshot restored: Table events-a restored: the interrupted import was resumed after " + done
                + " part(s) it had written; 2,000 items, identical to the snapshot."), ui.dialogs.shown.toString());
        Screenshots.save(lookup("#snapshotJobFigures").queryAs(Label.class).getScene(), "snapshot-resume-4-done");
        Set<Map<String, AttributeValue>> source = items("Events");
        assertEquals(2_000, source.size());
        assertEquals(source, items("events-a"), "exactly the source's items");
        assertTrue(snapshots().interruptedImports(sandbox, snapshot).isEmpty(), "nothing is left to resume");
        clickOn("#snapshotJobCancel");
    }
}

