package dev.dynamobackup.ui;

import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.IndexInfo;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main window against moto, headless: regions, details, filter, and an unreachable endpoint. */
@WithMoto
class MainWindowTest extends FxRobot {
    @TempDir Path dir;
    private UiHarness ui;

    @AfterEach
    void close() throws Exception {
        if (ui != null) ui.close();
    }

    private Settings settingsFor(String connectionUrl, String region, String... otherEndpoints) {
        Settings s = new Settings();
        s.endpoints.add(new Settings.SavedEndpoint(connectionUrl, "us-east-1"));
        for (String e : otherEndpoints) s.endpoints.add(new Settings.SavedEndpoint(e, "us-east-1"));
        s.lastConnectionId = "endpoint:" + connectionUrl;
        s.lastRegion = region;
        return s;
    }

    @SuppressWarnings("unchecked")
    private TableView<TableSummary> tableList() {
        return lookup("#tableList").queryAs(TableView.class);
    }

    private List<String> shownNames() {
        return tableList().getItems().stream().map(TableSummary::name).toList();
    }

    @Test
    void theFirstFrameSaysLoadingTablesAndTheAttachedListOpensOnLoadingUntilTheTablesArrive(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        ui = new UiHarness(settingsFor(moto.endpoint().toString(), "us-east-1"), dir);
        UiHarness.await(20, () -> shownNames().size() == 1);

        // the app's order (App.start): the frame on screen, then the model starts, then the list is attached
        dev.dynamobackup.ui.main.MainWindow frameOnly = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            dev.dynamobackup.ui.main.MainWindow w = dev.dynamobackup.ui.main.MainWindow.loadFrame(ui.ctx);
            javafx.stage.Stage second = new javafx.stage.Stage();
            javafx.scene.Scene scene = new javafx.scene.Scene(w.root(), 1000, 600);
            new dev.dynamobackup.ui.common.ThemeManager().apply(scene, dev.dynamobackup.settings.Theme.LIGHT);
            second.setScene(scene);
            second.show();
            return w;
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        javafx.scene.Parent frameRoot = frameOnly.root();
        assertEquals("Loading tables…", from(frameRoot).lookup("#tablesLoading").queryAs(Label.class).getText());
        assertTrue(from(frameRoot).lookup("#tableList").tryQuery().isEmpty(), "the table list is not in the first frame");
        assertTrue(frameOnly.controller().splitPane().isEmpty());
        Screenshots.save(frameRoot.getScene(), "main-window-first-frame");

        String placeholderWhenAttached = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            frameOnly.model().start();
            frameOnly.controller().attachTableList();
            frameRoot.applyCss(); // the skins that put the split pane's items into the scene graph, before the next pulse
            return ((Label) from(frameRoot).lookup("#tableList").queryAs(TableView.class).getPlaceholder()).getText();
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals("Loading tables…", placeholderWhenAttached, "not 'No tables' before the first list has come");
        assertTrue(frameOnly.controller().splitPane().isPresent());
        UiHarness.await(20, () -> from(frameRoot).lookup("#tableList").queryAs(TableView.class).getItems().size() == 1);
        assertTrue(from(frameRoot).lookup("#tablesLoading").tryQuery().isEmpty(), "the placeholder is replaced");
    }

    @Test
    void listsTablesPerRegionAndSwitchingRegionSwitchesTheList(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        moto.createTable("us-east-1", "Customers", "id", null);
        moto.createTable("eu-west-1", "Invoices", "pk", "sk");
        ui = new UiHarness(settingsFor(moto.endpoint().toString(), "us-east-1"), dir);

        UiHarness.await(20, () -> shownNames().size() == 2 && !ui.window.model().loadingProperty().get());
        assertEquals(List.of("Customers", "Orders"), shownNames());
        Screenshots.save(ui.stage.getScene(), "main-window-tables");

        @SuppressWarnings("unchecked")
        ComboBox<String> regions = lookup("#regionPicker").queryAs(ComboBox.class);
        assertTrue(regions.getItems().contains("eu-west-1"));
        clickOn(regions);
        interact(() -> regions.getSelectionModel().select("eu-west-1"));
        interact(regions::hide);

        UiHarness.await(20, () -> shownNames().equals(List.of("Invoices")));
        assertEquals("eu-west-1", ui.settings.lastRegion, "the region is remembered");
        assertTrue(lookup(".status-bar").query().lookupAll(".label").stream()
                .anyMatch(n -> n instanceof Label l && "1 tables".equals(l.getText())));
    }

    @Test
    void detailsPaneShowsKeysAndIndexesOfTheSelectedTable(Moto moto) throws Exception {
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            ddb.createTable(b -> b.tableName("Thread").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(Moto.attr("ForumName"), Moto.attr("Subject"), Moto.attr("LastPostedBy"))
                    .keySchema(Moto.key("ForumName", KeyType.HASH), Moto.key("Subject", KeyType.RANGE))
                    .globalSecondaryIndexes(g -> g.indexName("ByPoster").keySchema(Moto.key("LastPostedBy", KeyType.HASH))
                            .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))));
        }
        ui = new UiHarness(settingsFor(moto.endpoint().toString(), "us-east-1"), dir);
        UiHarness.await(20, () -> shownNames().size() == 1);
        // the row's cell is laid out a pulse after the item arrives
        UiHarness.await(10, () -> lookup("Thread").match(javafx.scene.Node::isVisible).tryQuery().isPresent());

        clickOn("Thread");

        UiHarness.await(10, () -> "Thread".equals(lookup("#tableName").queryAs(Label.class).getText())
                && !lookup("#tags").queryAs(Label.class).getText().contains("loading"));
        assertEquals("ForumName (S)", lookup("#partitionKey").queryAs(Label.class).getText());
        assertEquals("Subject (S)", lookup("#sortKey").queryAs(Label.class).getText());
        assertEquals("On-demand", lookup("#capacity").queryAs(Label.class).getText());
        @SuppressWarnings("unchecked")
        TableView<IndexInfo> indexes = lookup("#indexList").queryAs(TableView.class);
        assertEquals(1, indexes.getItems().size());
        assertEquals("ByPoster", indexes.getItems().get(0).name());
        assertEquals("KEYS_ONLY", indexes.getItems().get(0).projectionType());
        assertTrue(lookup("#arn").queryAs(Label.class).getText().startsWith("arn:aws:dynamodb:us-east-1:"));
        Screenshots.save(ui.stage.getScene(), "main-window-details"); // the details' tabs, loaded on the first selection
    }

    @Test
    void filterNarrowsTheList(Moto moto) throws Exception {
        for (String name : List.of("orders-prod", "orders-dev", "users")) moto.createTable("us-east-1", name, "pk", null);
        ui = new UiHarness(settingsFor(moto.endpoint().toString(), "us-east-1"), dir);
        UiHarness.await(20, () -> shownNames().size() == 3);

        clickOn("#filterField").write("ORDERS");

        UiHarness.await(5, () -> shownNames().equals(List.of("orders-dev", "orders-prod")));
        Screenshots.save(ui.stage.getScene(), "main-window-filtered");
        interact(() -> new dev.dynamobackup.ui.common.ThemeManager().apply(ui.stage.getScene(), dev.dynamobackup.settings.Theme.DARK));
        Screenshots.save(ui.stage.getScene(), "main-window-dark");
    }

    @Test
    void unreachableEndpointShowsTheErrorAndTheWindowStaysUsable(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        String dead = "http://127.0.0.1:9";
        ui = new UiHarness(settingsFor(dead, "us-east-1", moto.endpoint().toString()), dir);

        HBox banner = lookup("#errorBanner").queryAs(HBox.class);
        UiHarness.await(20, banner::isVisible);
        String message = lookup("#errorText").queryAs(Label.class).getText();
        assertTrue(message.startsWith("Could not reach http://127.0.0.1:9."), message);
        assertTrue(ui.dialogs.shown.isEmpty(), "a failed load is shown in the window, not in a modal dialog");
        Screenshots.save(ui.stage.getScene(), "main-window-error");

        @SuppressWarnings("unchecked")
        ComboBox<Connection> connections = lookup("#connectionPicker").queryAs(ComboBox.class);
        Connection motoConnection = connections.getItems().stream()
                .filter(c -> moto.endpoint().equals(c.endpoint())).findFirst().orElseThrow();
        interact(() -> connections.getSelectionModel().select(motoConnection));

        UiHarness.await(20, () -> shownNames().equals(List.of("Orders")));
        assertFalse(banner.isVisible(), "the error goes away once a load succeeds");
    }
}
