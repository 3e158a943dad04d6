package dev.dynamobackup.ui.vaults;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.EndpointCapabilities;
import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.model.awsbackup.Vault;
import dev.dynamobackup.model.awsbackup.VaultLock;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.service.awsbackup.AwsBackupRules;
import dev.dynamobackup.service.awsbackup.VaultService;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.common.RegionList;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

/** The region's AWS Backup vaults: list, create, delete an empty one, set a Vault Lock. No nodes. */
public final class VaultsModel {
    private final UiContext ctx;
    /** The region's vaults: follows the session, loads when shown, one load at a time. */
    private final RegionList<Vault> list;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public VaultsModel(UiContext ctx) {
        this.ctx = ctx;
        this.list = new RegionList<>(ctx.tasks(), ctx.backups()::capabilities, EndpointCapabilities::awsBackup,
                t -> I18n.t("vaults.loading"), t -> vaults().list(t))
                .onLoading(() -> status.set(I18n.t("vaults.loading")))
                .onLoaded(found -> status.set(I18n.t("vaults.count", found.size())))
                .onFailed(() -> status.set(""));
    }

    private VaultService vaults() {
        return ctx.services().awsBackup().vaults();
    }

    /** Follows the session's connection and region, and loads while {@code shown}. */
    public void followSession(ObservableValue<Boolean> shown) {
        list.follow(ctx.session(), shown);
    }

    /** Which connection and region to show; reloads when shown. */
    public void setScope(ConnectionTarget value) {
        list.setScope(value);
    }

    /** The view is on screen: hidden views do not call AWS. */
    public void setActive(boolean value) {
        list.setActive(value);
    }

    public void refresh() {
        list.refresh();
    }

    /** Why {@code name} is not a vault name AWS accepts, checked before any call. */
    public static Optional<String> nameProblem(String name, List<Vault> existing) {
        Optional<String> rule = AwsBackupRules.vaultName(name);
        if (rule.isPresent()) return rule;
        boolean taken = existing.stream().anyMatch(v -> v.name().equals(name));
        return taken ? Optional.of(I18n.t("vaults.create.exists", name)) : Optional.empty();
    }

    public void create(String name, String kmsKeyArn) {
        ConnectionTarget t = list.target();
        ctx.tasks().run(I18n.t("vaults.task.create", name), p -> vaults().create(t, name, kmsKeyArn), v -> {
            list.rows().add(v);
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
        ConnectionTarget t = list.target();
        ctx.tasks().run(I18n.t("vaults.task.delete", vault.name()), p -> {
            vaults().delete(t, vault.name());
            return vault;
        }, v -> {
            list.rows().removeIf(r -> r.name().equals(v.name()));
            status.set(I18n.t("vaults.deleted", v.name()));
        }, e -> ctx.dialogs().showError(I18n.t("vaults.delete.failed"), ErrorMessages.of(e, t)));
    }

    /** Puts a Vault Lock; a compliance-mode lock (grace days given) asks again, since it becomes final. */
    public void lock(Vault vault, VaultLock lock) {
        if (lock.complianceMode() && !ctx.dialogs().confirmTyped(I18n.t("vaults.lock.title"),
                I18n.t("vaults.lock.complianceQuestion", vault.name(), lock.changeableForDays()),
                I18n.t("vaults.lock.confirm"), List.of("Lock"))) return;
        ConnectionTarget t = list.target();
        ctx.tasks().run(I18n.t("vaults.task.lock", vault.name()), p -> vaults().lock(t, vault.name(), lock),
                this::replace, e -> ctx.dialogs().showError(I18n.t("vaults.lock.failed"), ErrorMessages.of(e, t)));
    }

    private void replace(Vault v) {
        ObservableList<Vault> rows = list.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(v.name())) rows.set(i, v);
        }
        status.set(I18n.t("vaults.locked", v.name()));
    }

    public ObservableList<Vault> rows() {
        return list.rows();
    }

    /** The last load's failure; empty when it worked. */
    public ReadOnlyObjectProperty<Optional<UserMessage>> errorProperty() {
        return list.errorProperty();
    }

    /** Why vaults cannot be shown on this connection (the sandbox); empty where they can. */
    public ReadOnlyObjectProperty<Optional<String>> unavailableProperty() {
        return list.unavailableProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
