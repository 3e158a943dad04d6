package dev.dynamobackup.ui.vaults;

import dev.dynamobackup.model.awsbackup.Vault;
import dev.dynamobackup.model.awsbackup.VaultLock;
import dev.dynamobackup.service.awsbackup.AwsBackupRules;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Min/max retention and grace days for a Vault Lock. With grace days the lock is compliance mode, and
 * the warning says plainly that it cannot be undone once they pass.
 */
final class VaultLockDialog extends Dialog<VaultLock> {

    VaultLockDialog(Vault vault) {
        setTitle(I18n.t("vaults.lock.title"));
        setHeaderText(I18n.t("vaults.lock.header", vault.name()));
        TextField min = field("lockMinField", vault.minRetentionDays());
        TextField max = field("lockMaxField", vault.maxRetentionDays());
        TextField grace = field("lockGraceField", null);
        grace.setPromptText(I18n.t("vaults.lock.gracePrompt"));
        Label warning = new Label(I18n.t("vaults.lock.warning"));
        warning.setId("lockWarning");
        warning.getStyleClass().add("restore-warning");
        warning.setWrapText(true);
        warning.setMaxWidth(480);
        warning.setPrefWidth(480);
        warning.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        warning.visibleProperty().bind(grace.textProperty().isNotEmpty());
        Label problem = new Label();
        problem.setId("lockProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMaxWidth(480);
        problem.setPrefWidth(480);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        StringBinding problemText = Bindings.createStringBinding(() -> {
            VaultLock lock;
            try {
                lock = new VaultLock(days(min), days(max), days(grace));
            } catch (NumberFormatException e) {
                return I18n.t("vaults.lock.notNumber");
            }
            return AwsBackupRules.vaultLock(lock).orElse("");
        }, min.textProperty(), max.textProperty(), grace.textProperty());
        problem.textProperty().bind(problemText);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(I18n.t("vaults.lock.min")), min);
        grid.addRow(1, new Label(I18n.t("vaults.lock.max")), max);
        grid.addRow(2, new Label(I18n.t("vaults.lock.grace")), grace);
        grid.add(warning, 0, 3, 2, 1);
        grid.add(problem, 0, 4, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(problemText.isNotEmpty());
        setResultConverter(b -> b == ButtonType.OK ? new VaultLock(days(min), days(max), days(grace)) : null);
    }

    private static TextField field(String id, Integer value) {
        TextField f = new TextField(value == null ? "" : value.toString());
        f.setId(id);
        f.setPrefColumnCount(8);
        return f;
    }

    /** Empty means "not set"; anything else must be a whole number. */
    private static Integer days(TextField f) {
        String t = f.getText().trim();
        return t.isEmpty() ? null : Integer.valueOf(t);
    }
}
