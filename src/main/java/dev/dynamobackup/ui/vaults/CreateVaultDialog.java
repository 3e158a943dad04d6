package dev.dynamobackup.ui.vaults;

import dev.dynamobackup.model.awsbackup.Vault;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.util.List;
import java.util.Optional;

/** Asks for a vault name (checked live against AWS's rules) and an optional KMS key. */
final class CreateVaultDialog extends Dialog<CreateVaultDialog.Request> {
    record Request(String name, String kmsKeyArn) {
    }

    CreateVaultDialog(List<Vault> existing) {
        setTitle(I18n.t("vaults.create.title"));
        setHeaderText(I18n.t("vaults.create.header"));
        TextField name = new TextField();
        name.setId("vaultNameField");
        name.setPrefColumnCount(36);
        TextField kms = new TextField();
        kms.setId("vaultKmsField");
        kms.setPromptText(I18n.t("vaults.create.kmsPrompt"));
        Label problem = new Label();
        problem.setId("vaultNameProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        problem.setPrefWidth(460);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        StringBinding problemText = Bindings.createStringBinding(() -> {
            Optional<String> p = VaultsModel.nameProblem(name.getText().trim(), existing);
            if (p.isEmpty() && !kms.getText().isBlank() && !kms.getText().trim().startsWith("arn:")) {
                return I18n.t("vaults.create.kmsInvalid");
            }
            return p.orElse("");
        }, name.textProperty(), kms.textProperty());
        problem.textProperty().bind(problemText);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(I18n.t("vaults.create.name")), name);
        grid.addRow(1, new Label(I18n.t("vaults.create.kms")), kms);
        grid.add(problem, 0, 2, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(problemText.isNotEmpty());
        setResultConverter(b -> b == ButtonType.OK ? new Request(name.getText().trim(), kms.getText().trim()) : null);
    }
}
