package dev.dynamobackup.ui.vaults;

import dev.dynamobackup.model.awsbackup.Vault;
import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.Banners;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

/** Binds the Vaults view to {@link VaultsModel}; forwards the buttons to it. */
public final class VaultsController {
    @FXML private HBox vaultsUnavailableBanner;
    @FXML private Label vaultsUnavailableText;
    @FXML private HBox vaultsErrorBanner;
    @FXML private Label vaultsErrorText;
    @FXML private Button vaultsCreateButton;
    @FXML private Button vaultsDeleteButton;
    @FXML private Button vaultsLockButton;
    @FXML private Label vaultsStatusText;
    @FXML private TableView<Vault> vaultList;
    @FXML private TableColumn<Vault, String> vaultsNameColumn;
    @FXML private TableColumn<Vault, Long> vaultsPointsColumn;
    @FXML private TableColumn<Vault, String> vaultsKeyColumn;
    @FXML private TableColumn<Vault, String> vaultsLockColumn;
    @FXML private TableColumn<Vault, String> vaultsCreatedColumn;

    private UiContext ctx;
    private VaultsModel model;

    public void init(UiContext ctx, ObservableBooleanValue shown) {
        this.ctx = ctx;
        this.model = new VaultsModel(ctx);
        vaultList.setItems(model.rows());
        vaultsNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        vaultsPointsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().recoveryPoints()));
        vaultsKeyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().encryptionKeyArn()));
        vaultsLockColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(lockText(c.getValue())));
        vaultsCreatedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().created() == null ? ""
                : Formats.local(c.getValue().created())));
        var unavailable = Banners.show(vaultsUnavailableBanner, vaultsUnavailableText, model.unavailableProperty());
        Banners.show(vaultsErrorBanner, vaultsErrorText, model.errorProperty(), UserMessage::sentence);
        vaultsStatusText.textProperty().bind(model.statusProperty());
        var none = vaultList.getSelectionModel().selectedItemProperty().isNull();
        vaultsCreateButton.disableProperty().bind(unavailable);
        vaultsDeleteButton.disableProperty().bind(none);
        vaultsLockButton.disableProperty().bind(none);
        model.followSession(shown);
    }

    /** "Compliance, 7-365 days, changeable until ..." or "Not locked". */
    private static String lockText(Vault v) {
        if (!v.locked()) return I18n.t("vaults.lock.none");
        String range = I18n.t("vaults.lock.range", v.minRetentionDays() == null ? "-" : v.minRetentionDays(),
                v.maxRetentionDays() == null ? "-" : v.maxRetentionDays());
        return v.lockChangeableUntil() == null ? range
                : I18n.t("vaults.lock.until", range, Formats.local(v.lockChangeableUntil()));
    }

    public VaultsModel model() {
        return model;
    }

    @FXML
    private void onCreate() {
        ctx.dialogs().showAndWait(new CreateVaultDialog(model.rows())).ifPresent(r -> model.create(r.name(), r.kmsKeyArn()));
    }

    @FXML
    private void onDelete() {
        Vault v = vaultList.getSelectionModel().getSelectedItem();
        if (v != null) model.delete(v);
    }

    @FXML
    private void onLock() {
        Vault v = vaultList.getSelectionModel().getSelectedItem();
        if (v != null) ctx.dialogs().showAndWait(new VaultLockDialog(v)).ifPresent(lock -> model.lock(v, lock));
    }

    @FXML
    private void onRefresh() {
        model.refresh();
    }
}
