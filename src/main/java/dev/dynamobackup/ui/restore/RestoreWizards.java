package dev.dynamobackup.ui.restore;

import dev.dynamobackup.model.EndpointCapabilities;
import dev.dynamobackup.model.RestoreStarted;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.main.MainModel;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The entry points of the two restore wizards (ControlsFX {@link Wizard}): from a backup, and to a
 * point in time. The wizards are shown without blocking; Restore starts the restore in the background
 * and the new table is followed to ACTIVE by {@link RestoreTracker}.
 */
public final class RestoreWizards {
    private RestoreWizards() {
    }

    /** Source → new table name → table settings → review → Restore. */
    public static Wizard openRestoreFromBackup(Window owner, MainModel main, String backupArn) {
        if (!available(main)) return null;
        RestoreWizardModel model = RestoreWizardModel.fromBackup(main, backupArn);
        return show(owner, I18n.t("restore.wizard.backupTitle"), model, List.of(new BackupSourcePage(model),
                new TargetPage(model.targetName()), new TableSettingsPage(model.settings()), new ReviewPage(model)), s -> { });
    }

    /** Source table → time → new table name → table settings → review → Restore. */
    public static Wizard openRestoreToPointInTime(Window owner, MainModel main, String tableName) {
        if (!available(main)) return null;
        RestoreWizardModel model = RestoreWizardModel.toPointInTime(main, tableName);
        return show(owner, I18n.t("restore.wizard.pitrTitle"), model, List.of(new PitrSourcePage(model.pointInTime()),
                new PitrTimePage(model.pointInTime()), new TargetPage(model.targetName()),
                new TableSettingsPage(model.settings()), new ReviewPage(model)), s -> { });
    }

    /** Asks for a backup ARN (until the backups view offers its own Restore), then opens the wizard. */
    public static void askBackupArnAndRestore(Window owner, MainModel main) {
        if (!available(main)) return;
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("restore.arn.title"));
        dialog.setHeaderText(I18n.t("restore.arn.header"));
        dialog.setContentText(I18n.t("restore.arn.label"));
        dialog.getEditor().setId("backupArnField");
        dialog.getEditor().setPrefColumnCount(48);
        styled(owner, dialog.getDialogPane());
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(dialog.getEditor().textProperty().map(t -> !t.trim().startsWith("arn:")));
        Optional<String> arn = dialog.showAndWait();
        arn.map(String::trim).ifPresent(a -> openRestoreFromBackup(owner, main, a));
    }

    private static boolean available(MainModel main) {
        EndpointCapabilities caps = main.capabilitiesProperty().get();
        if (main.target() == null) return false;
        if (!caps.backups()) {
            main.context().dialogs().showInfo(I18n.t("restore.unavailable.title"), caps.reason());
            return false;
        }
        return true;
    }

    private static Wizard show(Window owner, String title, RestoreWizardModel model, List<WizardPane> pages,
                               Consumer<RestoreStarted> onStarted) {
        Wizard wizard = new Wizard(owner, title);
        wizard.setReadSettings(false);
        pages.forEach(p -> styled(owner, p));
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i) instanceof RestorePage page) page.numbered(i + 1, pages.size());
        }
        wizard.setFlow(new Wizard.LinearFlow(pages));
        wizard.resultProperty().addListener((obs, old, result) -> {
            if (result == ButtonType.FINISH) model.start(onStarted);
        });
        wizard.getDialog().setResizable(true);
        wizard.getDialog().show();
        return wizard;
    }

    /** Dialogs and wizard pages take the main window's stylesheets (theme and app styles). */
    private static void styled(Window owner, javafx.scene.control.DialogPane pane) {
        Scene scene = owner == null ? null : owner.getScene();
        if (scene != null) pane.getStylesheets().setAll(scene.getStylesheets());
    }
}
