package dev.dynamobackup.ui.plans;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.EndpointCapabilities;
import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.model.awsbackup.PlanDetails;
import dev.dynamobackup.model.awsbackup.PlanDraft;
import dev.dynamobackup.model.awsbackup.PlanSummary;
import dev.dynamobackup.model.awsbackup.SelectionRequest;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.service.awsbackup.AwsBackupServices;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.common.RegionList;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

/** The region's backup plans: list, details, create and edit (region setting checked first), assign tables, delete. No nodes. */
public final class PlansModel {
    private final UiContext ctx;
    /** The region's plans: follows the session, loads when shown, one load at a time. */
    private final RegionList<PlanSummary> list;
    private final ReadOnlyObjectWrapper<PlanDetails> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public PlansModel(UiContext ctx) {
        this.ctx = ctx;
        this.list = new RegionList<>(ctx.tasks(), ctx.backups()::capabilities, EndpointCapabilities::awsBackup,
                t -> I18n.t("plans.loading"), t -> aws().plans().list(t))
                .onLoaded(found -> status.set(I18n.t("plans.count", found.size())))
                .onScope(() -> details.set(null));
    }

    private AwsBackupServices aws() {
        return ctx.services().awsBackup();
    }

    public ConnectionTarget target() {
        return list.target();
    }

    /** Follows the session's connection and region, and loads while {@code shown}. */
    public void followSession(ObservableValue<Boolean> shown) {
        list.follow(ctx.session(), shown);
    }

    public void setScope(ConnectionTarget value) {
        list.setScope(value);
    }

    public void setActive(boolean value) {
        list.setActive(value);
    }

    public void refresh() {
        list.refresh();
    }

    /** Loads the rules and selections of the plan the user picked. */
    public void select(PlanSummary plan) {
        details.set(null);
        if (plan == null) return;
        ConnectionTarget t = list.target();
        ctx.tasks().run(I18n.t("plans.task.details", plan.name()), p -> aws().plans().get(t, plan.id(), true), d -> {
            if (list.target() == t) details.set(d);
        }, e -> list.showError(ErrorMessages.of(e, t)));
    }

    /** Saves a new plan, once the region's advanced DynamoDB backup allows it ({@link #whenAllowed}). */
    public void create(PlanDraft draft) {
        ConnectionTarget t = list.target();
        whenAllowed(t, draft, I18n.t("plans.create.failed"), () -> ctx.tasks().run(I18n.t("plans.task.create", draft.name()),
                p -> aws().plans().create(t, draft), plan -> {
                    list.rows().add(plan);
                    status.set(I18n.t("plans.created", plan.name()));
                }, e -> ctx.dialogs().showError(I18n.t("plans.create.failed"), ErrorMessages.of(e, t))));
    }

    /**
     * Replaces the plan's rules with the edited draft (refused, with nothing sent, when the plan has a newer
     * version than the one edited), then shows the new version's details.
     */
    public void update(PlanSummary plan, PlanDraft draft, String editedVersionId) {
        ConnectionTarget t = list.target();
        whenAllowed(t, draft, I18n.t("plans.edit.failed"), () -> ctx.tasks().run(I18n.t("plans.task.update", plan.name()), p -> {
            aws().plans().update(t, plan.id(), draft, editedVersionId);
            return aws().plans().get(t, plan.id(), true);
        }, d -> {
            if (list.target() != t) return;
            list.rows().replaceAll(r -> r.id().equals(d.id()) ? new PlanSummary(r.id(), r.arn(), d.plan().name(), d.versionId(), r.created(), r.lastRun()) : r);
            details.set(d);
            status.set(I18n.t("plans.updated", d.plan().name()));
        }, e -> ctx.dialogs().showError(I18n.t("plans.edit.failed"), ErrorMessages.of(e, t))));
    }

    /**
     * Cold storage and cross-region copies need the region's advanced DynamoDB backup: that is read first
     * and, when off, the user is told and offered to turn it on before the plan is sent.
     */
    private void whenAllowed(ConnectionTarget t, PlanDraft draft, String failedTitle, Runnable save) {
        if (!draft.needsAdvancedDynamoDbBackup()) {
            save.run();
            return;
        }
        ctx.tasks().run(I18n.t("plans.task.settings"), p -> aws().regionSettings().describe(t), settings -> {
            if (settings.advancedDynamoDb()) {
                save.run();
            } else if (ctx.dialogs().confirm(I18n.t("plans.advanced.title"), I18n.t("plans.advanced.question", t.region()),
                    I18n.t("plans.advanced.enable"))) {
                ctx.tasks().run(I18n.t("plans.task.enable"), p -> aws().regionSettings().enableAdvancedDynamoDb(t),
                        s -> save.run(), e -> ctx.dialogs().showError(I18n.t("plans.advanced.failed"), ErrorMessages.of(e, t)));
            }
        }, e -> ctx.dialogs().showError(failedTitle, ErrorMessages.of(e, t)));
    }

    /** Deletes the plan (its selections first) after the typed confirmation. */
    public void delete(PlanSummary plan) {
        if (!ctx.dialogs().confirmTyped(I18n.t("plans.delete.title"), I18n.t("plans.delete.question", plan.name()),
                I18n.t("plans.delete.confirm"), List.of("Delete", "delete"))) return;
        ConnectionTarget t = list.target();
        ctx.tasks().run(I18n.t("plans.task.delete", plan.name()), p -> {
            aws().plans().delete(t, plan.id());
            return plan;
        }, p -> {
            list.rows().removeIf(r -> r.id().equals(p.id()));
            if (details.get() != null && details.get().id().equals(p.id())) details.set(null);
            status.set(I18n.t("plans.deleted", p.name()));
        }, e -> ctx.dialogs().showError(I18n.t("plans.delete.failed"), ErrorMessages.of(e, t)));
    }

    /** Assigns tables (by ARN or tag) to the plan, then shows the plan again with its selections. */
    public void assign(PlanSummary plan, SelectionRequest request) {
        ConnectionTarget t = list.target();
        ctx.tasks().run(I18n.t("plans.task.assign", plan.name()), p -> {
            aws().selections().assign(t, request);
            return aws().plans().get(t, plan.id(), true);
        }, d -> {
            details.set(d);
            status.set(I18n.t("plans.assigned", plan.name()));
        }, e -> ctx.dialogs().showError(I18n.t("plans.assign.failed"), ErrorMessages.of(e, t)));
    }

    public ObservableList<PlanSummary> rows() {
        return list.rows();
    }

    public ReadOnlyObjectProperty<PlanDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The last failure of a load (the list, a plan's details); empty when it worked. */
    public ReadOnlyObjectProperty<Optional<UserMessage>> errorProperty() {
        return list.errorProperty();
    }

    /** Why plans cannot be shown on this connection (the sandbox); empty where they can. */
    public ReadOnlyObjectProperty<Optional<String>> unavailableProperty() {
        return list.unavailableProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
