package dev.dynamobackup.ui.restore;

import dev.dynamobackup.model.EndpointCapabilities;
import dev.dynamobackup.model.RestoreStarted;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.UiContext;
import javafx.scene.control.ButtonType;
import org.controlsfx.dialog.Wizard;

import java.util.List;
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
    public static Wizard openRestoreFromBackup(UiContext ctx, String backupArn) {
        if (!available(ctx)) return null;
        RestoreWizardModel model = RestoreWizardModel.fromBackup(ctx, backupArn);
        return show(ctx, I18n.t("restore.wizard.backupTitle"), model, List.of(new BackupSourcePage(model),
                new TargetPage(model.targetName()), new TableSettingsPage(model.settings()), new ReviewPage(model)), s -> { });
    }

    /** Source table → time → new table name → table settings → review → Restore. */
    public static Wizard openRestoreToPointInTime(UiContext ctx, String tableName) {
        if (!available(ctx)) return null;
        RestoreWizardModel model = RestoreWizardModel.toPointInTime(ctx, tableName);
        return show(ctx, I18n.t("restore.wizard.pitrTitle"), model, List.of(new PitrSourcePage(model.pointInTime()),
                new PitrTimePage(model.pointInTime()), new TargetPage(model.targetName()),
                new TableSettingsPage(model.settings()), new ReviewPage(model)), s -> { });
    }

    /** Asks for a backup ARN (until the backups view offers its own Restore), then opens the wizard. */
    public static void askBackupArnAndRestore(UiContext ctx) {
        if (!available(ctx)) return;
        ctx.dialogs().prompt(I18n.t("restore.arn.title"), I18n.t("restore.arn.header"), I18n.t("restore.arn.label"),
                "backupArnField", t -> t.startsWith("arn:")).ifPresent(a -> openRestoreFromBackup(ctx, a));
    }

    private static boolean available(UiContext ctx) {
        EndpointCapabilities caps = ctx.session().capabilitiesProperty().get();
        if (ctx.session().target() == null) return false;
        if (!caps.backups()) {
            ctx.dialogs().showInfo(I18n.t("restore.unavailable.title"), caps.reason());
            return false;
        }
        return true;
    }

    private static Wizard show(UiContext ctx, String title, RestoreWizardModel model, List<RestorePage> pages,
                               Consumer<RestoreStarted> onStarted) {
        for (int i = 0; i < pages.size(); i++) pages.get(i).numbered(i + 1, pages.size());
        Wizard wizard = ctx.dialogs().wizard(title, pages);
        wizard.resultProperty().addListener((obs, old, result) -> {
            if (result == ButtonType.FINISH) model.start(onStarted);
        });
        wizard.getDialog().setResizable(true);
        wizard.getDialog().show();
        return wizard;
    }
}
