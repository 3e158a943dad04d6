package dev.dynamobackup.ui.restore;

import dev.dynamobackup.model.EncryptionChoice;
import dev.dynamobackup.model.awsbackup.RecoveryPoint;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.I18n;
import javafx.scene.control.ButtonType;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.controlsfx.dialog.Wizard;

import java.util.List;

/**
 * "Restore" on a recovery point: the restore wizard's target page (name checked live and free), a page
 * for what AWS Backup's DynamoDB restore can set (encryption key, IAM role), and the review page with
 * what is restored as backed up and the settings replay. Restore sends StartRestoreJob.
 */
public final class PointRestoreWizard {
    private PointRestoreWizard() {
    }

    /** Shown without blocking, in the session's region (a copy's point restores where it is listed). */
    public static Wizard open(UiContext ctx, RecoveryPoint point) {
        if (ctx.session().target() == null) return null;
        PointRestoreModel model = new PointRestoreModel(ctx, ctx.session().target(), point);
        List<RestorePage> pages = List.of(new TargetPage(model.targetName()), new OptionsPage(model),
                new ReviewPage(model.targetName(), model.replay(), model::rows, I18n.t("points.review.notCarried")));
        for (int i = 0; i < pages.size(); i++) pages.get(i).numbered(i + 1, pages.size());
        Wizard wizard = ctx.dialogs().wizard(I18n.t("points.restore.title"), pages);
        wizard.resultProperty().addListener((obs, old, result) -> {
            if (result == ButtonType.FINISH) model.start();
        });
        wizard.getDialog().setResizable(true);
        wizard.getDialog().show();
        return wizard;
    }

    /** The key the new table is encrypted with, and the role AWS Backup restores with. */
    private static final class OptionsPage extends RestorePage {
        OptionsPage(PointRestoreModel model) {
            super(I18n.t("points.restore.optionsHeader"), model.problemBinding());
            ToggleGroup group = new ToggleGroup();
            RadioButton owned = radio("pointSseOwned", I18n.t("restore.settings.sseOwned"), group);
            RadioButton customer = radio("pointSseCustomer", I18n.t("restore.settings.sseCustomer"), group);
            select(group, java.util.Map.of(EncryptionChoice.AWS_OWNED, owned, EncryptionChoice.CUSTOMER_MANAGED, customer),
                    model.encryptionProperty());
            TextField kms = kmsField("pointKmsField", model.kmsKeyArnProperty(), customer);
            TextField role = new TextField();
            role.setId("pointRoleField");
            role.setPromptText(I18n.t("points.wizard.role.prompt"));
            role.textProperty().bindBidirectional(model.roleProperty());
            GridPane roleRow = form();
            row(roleRow, I18n.t("points.wizard.role"), role);
            setContent(new VBox(10, hint(I18n.t("points.restore.optionsHint")), section(I18n.t("restore.settings.encryption")),
                    owned, customer, kms, hint(I18n.t("points.restore.keyHint")), section(I18n.t("points.restore.roleTitle")),
                    roleRow, hint(I18n.t("points.restore.roleHint")), problemLabel(model.problemBinding())));
        }
    }
}
