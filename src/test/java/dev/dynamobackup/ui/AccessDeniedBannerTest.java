package dev.dynamobackup.ui;

import dev.dynamobackup.model.awsbackup.IamFeature;
import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.testing.AccessDeniedInjector;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * AccessDenied on a load names the missing action in the main window's error banner and in the Backups
 * view's, and both offer "Open IAM helper", which shows the IAM view with the action's feature picked.
 */
@WithMoto
class AccessDeniedBannerTest extends UiRobot {
    @TempDir Path dir;
    private UiHarness ui;

    @AfterEach
    void close() throws Exception {
        if (ui != null) ui.close();
    }

    private void open(Moto moto, String... deniedOperations) throws Exception {
        Settings s = UiHarness.onEndpoint(moto.endpoint(), "us-east-1");
        ui = new UiHarness(s, dir, new AccessDeniedInjector(deniedOperations));
    }

    private TabPane mainTabs() {
        return lookup("#mainTabs").queryAs(TabPane.class);
    }

    private Set<IamFeature> pickedFeatures() throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> Set.copyOf(ui.window.controller().iam().model().features())).get();
    }

    @Test
    void theTablesBannerOffersTheIamHelperOnAccessDenied(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        open(moto, "ListTables");
        Button link = lookup("#openIamButton").queryAs(Button.class);
        UiHarness.await(30, () -> link.isVisible());
        String banner = lookup("#errorText").queryAs(Label.class).getText();
        assertTrue(banner.contains("dynamodb:ListTables"), banner);
        assertEquals("Open IAM helper", link.getText());
        Screenshots.save(ui.stage.getScene(), "access-denied-tables-banner");

        clickOn(link);
        UiHarness.await(10, () -> "iamMainTab".equals(mainTabs().getSelectionModel().getSelectedItem().getId()));
        // every feature lists tables: none is singled out, all stay picked
        assertEquals(EnumSet.allOf(IamFeature.class), pickedFeatures());
    }

    @Test
    void theBackupsBannerPreselectsTheFeatureOfTheDeniedAction(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        open(moto, "ListBackups");
        UiHarness.await(30, () -> !ui.window.model().tables().isEmpty());
        assertFalse(lookup("#openIamButton").queryAs(Button.class).isVisible(), "the table list loaded: no banner there");
        showTab(BACKUPS_TAB);
        Node backups = lookup("#regionBackups").query();
        Button link = from(backups).lookup("#backupsOpenIam").queryAs(Button.class);
        UiHarness.await(30, () -> link.isVisible());
        String banner = from(backups).lookup("#backupsErrorText").queryAs(Label.class).getText();
        assertTrue(banner.contains("dynamodb:ListBackups"), banner);
        Screenshots.save(ui.stage.getScene(), "access-denied-backups-banner");

        clickOn(link);
        UiHarness.await(10, () -> "iamMainTab".equals(mainTabs().getSelectionModel().getSelectedItem().getId()));
        assertEquals(Set.of(IamFeature.NATIVE_BACKUPS), pickedFeatures());
        Screenshots.save(ui.stage.getScene(), "access-denied-iam-preselected");
    }
}
