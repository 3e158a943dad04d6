package dev.dynamobackup.ui.vaults;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.EndpointCapabilities;
import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.model.awsbackup.Vault;
import dev.dynamobackup.model.awsbackup.VaultLock;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.service.awsbackup.AwsBackupRules;
import dev.dynamobackup.service.awsbackup.VaultService;
import dev.dynamobackup.tasks.LatestTask;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

/** The region's AWS Backup vaults: list, create, delete an empty one, set a Vault Lock. No nodes. */
public final class VaultsModel {
    private final UiContext ctx;
    private final ObservableList<Vault> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UserMessage> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper unavailable = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private ConnectionTarget target;
    private boolean active;
    private boolean stale = true;
    /** One load at a time: a newer one (another region, a refresh) drops what an older one returns. */
    private final LatestTask listing;

    public VaultsModel(UiContext ctx) {
        this.ctx = ctx;
        this.listing = new LatestTask(ctx.tasks());
    }

    private VaultService vaults() {
        return ctx.services().awsBackup().vaults();
    }

    /** Which connection and region to show; reloads when shown. */
    public void setScope(ConnectionTarget value) {
        target = value;
        listing.cancel(); // the other region's answer must not land here
        rows.clear();
        error.set(null);
        EndpointCapabilities caps = value == null ? EndpointCapabilities.FULL : ctx.backups().capabilities(value);
        unavailable.set(caps.awsBackup() ? null : caps.reason());
        stale = true;
        if (active) refresh();
    }

    /** The view is on screen: hidden views do not call AWS. */
    public void setActive(boolean value) {
        active = value;
        if (active && stale) refresh();
    }

    public void refresh() {
        if (target == null) return;
        stale = false;
        error.set(null);
        if (unavailable.get() != null) return;
        ConnectionTarget t = target;
        status.set(I18n.t("vaults.loading"));
        listing.run(I18n.t("vaults.loading"), p -> vaults().list(t), list -> {
            rows.setAll(list);
            status.set(I18n.t("vaults.count", list.size()));
        }, e -> {
            status.set("");
            error.set(ErrorMessages.of(e, t));
        });
    }

    /** Why {@code name} is not a vault name AWS accepts, checked before any call. */
    public static Optional<String> nameProblem(String name, List<Vault> existing) {
        Optional<String> rule = AwsBackupRules.vaultName(name);
        if (rule.isPresent()) return rule;
        boolean taken = existing.stream().anyMatch(v -> v.name().equals(name));
        return taken ? Optional.of(I18n.t("vaults.create.exists", name)) : Optional.empty();
    }

    public void create(String name, String kmsKeyArn) {
        ConnectionTarget t = target;
        ctx.tasks().run(I18n.t("vaults.task.create", name), p -> vaults().create(t, name, kmsKeyArn), v -> {
            rows.add(v);
            status.set(I18n.t("vaults.created", name));
        }, e -> ctx.dialogs().showError(I18n.t("vaults.create.failed"), ErrorMessages.of(e, t)));
    }

    /** Deletes an empty vault after the typed confirmation. */
    public void delete(Vault vault) {
        if (vault.recoveryPoints() > 0) {
            ctx.dialogs().showInfo(I18n.t("vaults.delete.title"), I18n.t("vaults.delete.notEmpty", vault.name(), vault.recoveryPoints()));
            return;
        }
        if (!ctx.dialogs().confirmTyped(I18n.t("vaults.delete.title"), I18n.t("vaults.delete.question", vault.name()),
                I18n.t("vaults.delete.confirm"), List.of("Delete", "delete"))) return;
        ConnectionTarget t = target;
        ctx.tasks().run(I18n.t("vaults.task.delete", vault.name()), p -> {
            vaults().delete(t, vault.name());
            return vault;
        }, v -> {
            rows.removeIf(r -> r.name().equals(v.name()));
            status.set(I18n.t("vaults.deleted", v.name()));
        }, e -> ctx.dialogs().showError(I18n.t("vaults.delete.failed"), ErrorMessages.of(e, t)));
    }

    /** Puts a Vault Lock; a compliance-mode lock (grace days given) asks again, since it becomes final. */
    public void lock(Vault vault, VaultLock lock) {
        if (lock.complianceMode() && !ctx.dialogs().confirmTyped(I18n.t("vaults.lock.title"),
                I18n.t("vaults.lock.complianceQuestion", vault.name(), lock.changeableForDays()),
                I18n.t("vaults.lock.confirm"), List.of("Lock"))) return;
        ConnectionTarget t = target;
        ctx.tasks().run(I18n.t("vaults.task.lock", vault.name()), p -> vaults().lock(t, vault.name(), lock),
                this::replace, e -> ctx.dialogs().showError(I18n.t("vaults.lock.failed"), ErrorMessages.of(e, t)));
    }

    private void replace(Vault v) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(v.name())) rows.set(i, v);
        }
        status.set(I18n.t("vaults.locked", v.name()));
    }

    public ObservableList<Vault> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<UserMessage> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why vaults cannot be shown on this connection (the sandbox), or null. */
    public ReadOnlyStringProperty unavailableProperty() {
        return unavailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
