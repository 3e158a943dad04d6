package dev.dynamobackup.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamobackup.model.awsbackup.IamFeature;
import dev.dynamobackup.model.awsbackup.Vault;
import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.RequestRecorder;
import dev.dynamobackup.testing.WithMoto;
import dev.dynamobackup.ui.vaults.VaultsModel;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.backup.model.CreateBackupVaultRequest;
import software.amazon.awssdk.services.backup.model.DeleteBackupVaultRequest;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Vaults and IAM policy views, headless against moto (the plans view: {@link PlansViewContractTest}). */
@WithMoto
class AwsBackupAdminViewsTest extends UiRobot {
    @TempDir Path dir;
    private UiHarness ui;
    private final RequestRecorder recorder = new RequestRecorder();

    @AfterEach
    void close() throws Exception {
        if (ui != null) ui.close();
    }

    private void open(Moto moto) throws Exception {
        Settings s = UiHarness.onEndpoint(moto.endpoint(), "us-east-1");
        ui = new UiHarness(s, dir, recorder);
        UiHarness.await(20, () -> ui.ctx.session().target() != null);
    }

    private VaultsModel vaults() {
        return ui.window.controller().vaults().model();
    }

    @Test
    void vaultIsCreatedWithItsNameCheckedLiveAndDeletedOnlyAfterTheTypedConfirmation(Moto moto) throws Exception {
        open(moto);
        showTab(VAULTS_TAB);
        UiHarness.await(20, () -> vaults().statusProperty().get().endsWith("vaults"));
        clickOn("#vaultsCreateButton");
        UiHarness.await(10, () -> topDialog().isPresent());
        DialogPane create = topDialog().orElseThrow();
        TextField name = in(create, "#vaultNameField", TextField.class);
        interact(() -> name.setText("bad name!"));
        assertTrue(button(create, ButtonBar.ButtonData.OK_DONE).isDisabled(), "OK stays disabled while the name is invalid");
        assertFalse(in(create, "#vaultNameProblem", Label.class).getText().isEmpty());
        Screenshots.save(create.getScene(), "vaults-create-invalid");
        assertTrue(recorder.of(CreateBackupVaultRequest.class).isEmpty(), "an invalid name is not sent");
        interact(() -> name.setText("OrdersVault"));
        assertEquals("", in(create, "#vaultNameProblem", Label.class).getText());
        clickOn(button(create, ButtonBar.ButtonData.OK_DONE));
        UiHarness.await(20, () -> vaults().rows().stream().anyMatch(v -> v.name().equals("OrdersVault")));
        Screenshots.save(ui.stage.getScene(), "vaults-view");

        @SuppressWarnings("unchecked")
        TableView<Vault> list = lookup("#vaultList").queryAs(TableView.class);
        interact(() -> list.getSelectionModel().select(list.getItems().stream().filter(v -> v.name().equals("OrdersVault")).findFirst().orElseThrow()));
        ui.dialogs.answer = false; // the user does not type Delete
        clickOn("#vaultsDeleteButton");
        UiHarness.await(10, () -> ui.dialogs.shown.stream().anyMatch(s -> s.startsWith("confirmTyped: Delete a backup vault")));
        assertTrue(ui.dialogs.shown.stream().anyMatch(s -> s.contains("OrdersVault") && s.contains("[Delete, delete]")));
        assertTrue(recorder.of(DeleteBackupVaultRequest.class).isEmpty(), "not confirmed: nothing deleted");

        ui.dialogs.answer = true;
        clickOn("#vaultsDeleteButton");
        UiHarness.await(20, () -> vaults().rows().stream().noneMatch(v -> v.name().equals("OrdersVault")));
        assertTrue(ui.services.awsBackup().vaults().list(ui.ctx.session().target()).stream()
                .noneMatch(v -> v.name().equals("OrdersVault")), "moto no longer has the vault");
    }

    @Test
    void vaultLockDialogWarnsThatComplianceModeIsFinal(Moto moto) throws Exception {
        open(moto);
        ui.services.awsBackup().vaults().create(ui.ctx.session().target(), "LockedVault", null);
        showTab(VAULTS_TAB);
        UiHarness.await(20, () -> vaults().rows().stream().anyMatch(v -> v.name().equals("LockedVault")));
        @SuppressWarnings("unchecked")
        TableView<Vault> list = lookup("#vaultList").queryAs(TableView.class);
        interact(() -> list.getSelectionModel().select(0));
        clickOn("#vaultsLockButton");
        UiHarness.await(10, () -> topDialog().isPresent());
        DialogPane lock = topDialog().orElseThrow();
        Label warning = in(lock, "#lockWarning", Label.class);
        assertFalse(warning.isVisible(), "no grace days: governance mode, no warning");
        interact(() -> {
            in(lock, "#lockMinField", TextField.class).setText("7");
            in(lock, "#lockMaxField", TextField.class).setText("365");
            in(lock, "#lockGraceField", TextField.class).setText("3");
        });
        assertTrue(warning.isVisible());
        assertTrue(warning.getText().contains("can never be removed"));
        Screenshots.save(lock.getScene(), "vaults-lock-dialog");
        interact(() -> in(lock, "#lockMinField", TextField.class).setText("400"));
        assertTrue(button(lock, ButtonBar.ButtonData.OK_DONE).isDisabled(), "min above max is refused before any call");
        interact(() -> in(lock, "#lockMinField", TextField.class).setText("7"));
        clickOn(button(lock, ButtonBar.ButtonData.OK_DONE));
        UiHarness.await(10, () -> ui.dialogs.shown.stream().anyMatch(s -> s.startsWith("confirmTyped: Vault Lock")));
        UiHarness.await(20, () -> vaults().rows().stream().anyMatch(v -> v.name().equals("LockedVault") && v.locked()));
        Vault locked = vaults().rows().stream().filter(v -> v.name().equals("LockedVault")).findFirst().orElseThrow();
        assertEquals(7, locked.minRetentionDays());
        assertEquals(365, locked.maxRetentionDays());
    }

    @Test
    void iamViewShowsTheLeastPrivilegePolicyForThePickedFeatures(Moto moto) throws Exception {
        open(moto);
        showTab(IAM_TAB);
        for (String box : new String[]{"#iamNativeBackups", "#iamRestore", "#iamAwsBackup", "#iamSnapshots"}) {
            CheckBox b = lookup(box).queryAs(CheckBox.class);
            interact(() -> b.setSelected(false));
        }
        JsonNode allow = new ObjectMapper().readTree(lookup("#iamAllowText").queryAs(TextArea.class).getText());
        String actions = allow.at("/Statement/0/Action").toString();
        assertTrue(actions.contains("dynamodb:UpdateContinuousBackups"), actions);
        assertFalse(actions.contains("backup:"), "only PITR picked: no AWS Backup action " + actions);
        assertEquals(ui.window.controller().iam().model().features(), java.util.Set.of(IamFeature.PITR));

        TextField role = lookup("#iamAdminRole").queryAs(TextField.class);
        interact(() -> role.setText("not-a-role"));
        assertFalse(lookup("#iamRoleProblem").queryAs(Label.class).getText().isEmpty());
        assertEquals("", lookup("#iamDenyText").queryAs(TextArea.class).getText());
        interact(() -> role.setText("arn:aws:iam::123456789012:role/BackupAdmin"));
        JsonNode deny = new ObjectMapper().readTree(lookup("#iamDenyText").queryAs(TextArea.class).getText());
        assertEquals("Deny", deny.at("/Statement/0/Effect").asText());
        assertTrue(deny.at("/Statement/0/Action").toString().contains("backup:DeleteRecoveryPoint"));
        assertEquals("arn:aws:iam::123456789012:role/BackupAdmin",
                deny.at("/Statement/0/Condition/ArnNotEquals/aws:PrincipalArn").asText());
        Screenshots.save(ui.stage.getScene(), "iam-policy-view");
    }
}
