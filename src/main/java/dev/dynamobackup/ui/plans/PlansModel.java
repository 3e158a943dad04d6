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

/** The region's backup plans: list, details, create and edit (region setting checked first), assign tables, delete. No nodes. */
public final class PlansModel {
    private final UiContext ctx;
    private final ObservableList<PlanSummary> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PlanDetails> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UserMessage> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper unavailable = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private ConnectionTarget target;
    private boolean active;
    private boolean stale = true;
    /** One load at a time: a newer one (another region, a refresh) drops what an older one returns. */
    private final LatestTask listing;

    public PlansModel(UiContext ctx) {
        this.ctx = ctx;
        this.listing = new LatestTask(ctx.tasks());
    }

    private AwsBackupServices aws() {
        return ctx.services().awsBackup();
    }

    public ConnectionTarget target() {
        return target;
    }

    public void setScope(ConnectionTarget value) {
        target = value;
        listing.cancel(); // the other region's answer must not land here
        rows.clear();
        details.set(null);
        error.set(null);
        EndpointCapabilities caps = value == null ? EndpointCapabilities.FULL : ctx.backups().capabilities(value);
        unavailable.set(caps.awsBackup() ? null : caps.reason());
        stale = true;
        if (active) refresh();
    }

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
        listing.run(I18n.t("plans.loading"), p -> aws().plans().list(t), list -> {
            rows.setAll(list);
            status.set(I18n.t("plans.count", list.size()));
        }, e -> {
            error.set(ErrorMessages.of(e, t));
        });
    }

    /** Loads the rules and selections of the plan the user picked. */
    public void select(PlanSummary plan) {
        details.set(null);
        if (plan == null) return;
        ConnectionTarget t = target;
        ctx.tasks().run(I18n.t("plans.task.details", plan.name()), p -> aws().plans().get(t, plan.id(), true), d -> {
            if (target == t) details.set(d);
        }, e -> error.set(ErrorMessages.of(e, t)));
    }

    /** Saves a new plan, once the region's advanced DynamoDB backup allows it ({@link #whenAllowed}). */
    public void create(PlanDraft draft) {
        ConnectionTarget t = target;
        whenAllowed(t, draft, I18n.t("plans.create.failed"), () -> ctx.tasks().run(I18n.t("plans.task.create", draft.name()),
                p -> aws().plans().create(t, draft), plan -> {
                    rows.add(plan);
                    status.set(I18n.t("plans.created", plan.name()));
                }, e -> ctx.dialogs().showError(I18n.t("plans.create.failed"), ErrorMessages.of(e, t))));
    }

    /** Replaces the plan's rules with the edited draft, then shows the new version's details. */
    public void update(PlanSummary plan, PlanDraft draft) {
        ConnectionTarget t = target;
        whenAllowed(t, draft, I18n.t("plans.edit.failed"), () -> ctx.tasks().run(I18n.t("plans.task.update", plan.name()), p -> {
            aws().plans().update(t, plan.id(), draft);
            return aws().plans().get(t, plan.id(), true);
        }, d -> {
            if (target != t) return;
            rows.replaceAll(r -> r.id().equals(d.id()) ? new PlanSummary(r.id(), r.arn(), d.plan().name(), d.versionId(), r.created(), r.lastRun()) : r);
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
        ConnectionTarget t = target;
        ctx.tasks().run(I18n.t("plans.task.delete", plan.name()), p -> {
            aws().plans().delete(t, plan.id());
            return plan;
        }, p -> {
            rows.removeIf(r -> r.id().equals(p.id()));
            if (details.get() != null && details.get().id().equals(p.id())) details.set(null);
            status.set(I18n.t("plans.deleted", p.name()));
        }, e -> ctx.dialogs().showError(I18n.t("plans.delete.failed"), ErrorMessages.of(e, t)));
    }

    /** Assigns tables (by ARN or tag) to the plan, then shows the plan again with its selections. */
    public void assign(PlanSummary plan, SelectionRequest request) {
        ConnectionTarget t = target;
        ctx.tasks().run(I18n.t("plans.task.assign", plan.name()), p -> {
            aws().selections().assign(t, request);
            return aws().plans().get(t, plan.id(), true);
        }, d -> {
            details.set(d);
            status.set(I18n.t("plans.assigned", plan.name()));
        }, e -> ctx.dialogs().showError(I18n.t("plans.assign.failed"), ErrorMessages.of(e, t)));
    }

    public ObservableList<PlanSummary> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<PlanDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserMessage> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unavailableProperty() {
        return unavailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
