package dev.dynamobackup.ui.iam;

import dev.dynamobackup.model.awsbackup.IamFeature;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.I18n;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;

import java.util.Map;

/** Binds the IAM policy view to {@link IamPolicyModel}: feature boxes, the two policies, copy buttons. */
public final class IamPolicyController {
    @FXML private CheckBox nativeBackups;
    @FXML private CheckBox restore;
    @FXML private CheckBox pitr;
    @FXML private CheckBox awsBackup;
    @FXML private CheckBox snapshots;
    @FXML private TextArea allowText;
    @FXML private TextField adminRole;
    @FXML private Label roleProblem;
    @FXML private TextArea denyText;
    @FXML private Button copyDeny;

    private final IamPolicyModel model = new IamPolicyModel();
    private UiContext ctx;

    public void init(UiContext ctx) {
        this.ctx = ctx;
        Map<IamFeature, CheckBox> boxes = Map.of(IamFeature.NATIVE_BACKUPS, nativeBackups, IamFeature.RESTORE, restore,
                IamFeature.PITR, pitr, IamFeature.AWS_BACKUP, awsBackup, IamFeature.FILE_SNAPSHOTS, snapshots);
        boxes.forEach((feature, box) -> {
            box.setSelected(model.features().contains(feature));
            box.selectedProperty().addListener((o, a, on) -> {
                if (on) model.features().add(feature);
                else model.features().remove(feature);
            });
        });
        allowText.textProperty().bind(model.allowPolicy());
        adminRole.textProperty().bindBidirectional(model.adminRoleArnProperty());
        roleProblem.textProperty().bind(model.adminRoleProblem());
        denyText.textProperty().bind(model.denyPolicy());
        copyDeny.disableProperty().bind(model.denyPolicy().isEmpty());
    }

    public IamPolicyModel model() {
        return model;
    }

    @FXML
    private void onCopyAllow() {
        copy(model.allowPolicy().get());
    }

    @FXML
    private void onCopyDeny() {
        copy(model.denyPolicy().get());
    }

    private void copy(String json) {
        ClipboardContent content = new ClipboardContent();
        content.putString(json);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        ctx.dialogs().notify(I18n.t("iam.copied.title"), I18n.t("iam.copied"));
    }
}
