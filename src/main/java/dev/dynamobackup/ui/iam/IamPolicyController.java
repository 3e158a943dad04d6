package dev.dynamobackup.ui.iam;

import dev.dynamobackup.model.awsbackup.IamFeature;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.common.Problems;
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
    @FXML private CheckBox iamNativeBackups;
    @FXML private CheckBox iamRestore;
    @FXML private CheckBox iamPitr;
    @FXML private CheckBox iamAwsBackup;
    @FXML private CheckBox iamSnapshots;
    @FXML private TextArea iamAllowText;
    @FXML private TextField iamAdminRole;
    @FXML private Label iamRoleProblem;
    @FXML private TextArea iamDenyText;
    @FXML private Button iamCopyDeny;

    private final IamPolicyModel model = new IamPolicyModel();
    private UiContext ctx;
    private Map<IamFeature, CheckBox> boxes = Map.of();

    public void init(UiContext ctx) {
        this.ctx = ctx;
        boxes = Map.of(IamFeature.NATIVE_BACKUPS, iamNativeBackups, IamFeature.RESTORE, iamRestore,
                IamFeature.PITR, iamPitr, IamFeature.AWS_BACKUP, iamAwsBackup, IamFeature.FILE_SNAPSHOTS, iamSnapshots);
        boxes.forEach((feature, box) -> {
            box.setSelected(model.features().contains(feature));
            box.selectedProperty().addListener((o, a, on) -> {
                if (on) model.features().add(feature);
                else model.features().remove(feature);
            });
        });
        iamAllowText.textProperty().bind(model.allowPolicy());
        iamAdminRole.textProperty().bindBidirectional(model.adminRoleArnProperty());
        iamRoleProblem.textProperty().bind(Problems.text(model.adminRoleProblem()));
        iamDenyText.textProperty().bind(model.denyPolicy());
        iamCopyDeny.disableProperty().bind(model.denyPolicy().isEmpty());
    }

    /** Shows the policy of one feature only: the one an AccessDenied's missing action belongs to. */
    public void preselect(IamFeature feature) {
        boxes.forEach((f, box) -> box.setSelected(f == feature));
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
