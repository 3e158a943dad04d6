package dev.dynamobackup.ui.vaults;

import dev.dynamobackup.model.awsbackup.Vault;
import dev.dynamobackup.ui.UiContext;
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
    @FXML private HBox unavailableBanner;
    @FXML private Label unavailableText;
    @FXML private HBox errorBanner;
    @FXML private Label errorText;
    @FXML private Button createButton;
    @FXML private Button deleteButton;
    @FXML private Button lockButton;
    @FXML private Label statusText;
    @FXML private TableView<Vault> vaultList;
    @FXML private TableColumn<Vault, String> nameColumn;
    @FXML private TableColumn<Vault, Long> pointsColumn;
    @FXML private TableColumn<Vault, String> keyColumn;
    @FXML private TableColumn<Vault, String> lockColumn;
    @FXML private TableColumn<Vault, String> createdColumn;

    private UiContext ctx;
    private VaultsModel model;

    public void init(UiContext ctx, ObservableBooleanValue shown) {
        this.ctx = ctx;
        this.model = new VaultsModel(ctx);
        vaultList.setItems(model.rows());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        pointsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().recoveryPoints()));
        keyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().encryptionKeyArn()));
        lockColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(lockText(c.getValue())));
        createdColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().created() == null ? ""
                : Formats.local(c.getValue().created())));
        var unavailable = model.unavailableProperty().isNotNull();
        unavailableBanner.visibleProperty().bind(unavailable);
        unavailableBanner.managedProperty().bind(unavailable);
        unavailableText.textProperty().bind(model.unavailableProperty());
        var failed = model.errorProperty().isNotNull();
        errorBanner.visibleProperty().bind(failed);
        errorBanner.managedProperty().bind(failed);
        errorText.textProperty().bind(model.errorProperty().map(m -> m.sentence()));
        statusText.textProperty().bind(model.statusProperty());
        var none = vaultList.getSelectionModel().selectedItemProperty().isNull();
        createButton.disableProperty().bind(unavailable);
        deleteButton.disableProperty().bind(none);
        lockButton.disableProperty().bind(none);
        ctx.session().connectionProperty().addListener((o, a, b) -> model.setScope(ctx.session().target()));
        ctx.session().regionProperty().addListener((o, a, b) -> model.setScope(ctx.session().target()));
        model.setScope(ctx.session().target());
        shown.addListener((o, a, now) -> model.setActive(now));
        model.setActive(shown.get());
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
