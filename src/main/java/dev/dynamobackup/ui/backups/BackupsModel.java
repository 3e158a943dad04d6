package dev.dynamobackup.ui.backups;

import dev.dynamobackup.model.BackupFilter;
import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.BackupType;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.EndpointCapabilities;
import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.model.awsbackup.RecoveryPoint;
import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.service.validation.TimeRangeRule;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.tasks.LatestTask;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.session.UiEvent;
import dev.dynamobackup.service.BackupNames;
import dev.dynamobackup.ui.session.SessionState;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A list of backups: of one table (the details tab) or of a whole region (the Backups view). Loads page
 * by page (one addAll per page on the FX thread), filters on the client by table, type and text (created
 * from/to are also sent to the server), and knows whether the selection may be deleted. No nodes here.
 */
public final class BackupsModel {
    /** Rows handed to the FX thread at once: a page of 100 normally; servers that ignore Limit (moto) send more. */
    static final int UI_BATCH = 500;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final BackupActions actions;
    private final boolean perTable;
    private final ObservableList<BackupSummary> rows = FXCollections.observableArrayList();
    private final FilteredList<BackupSummary> visible = new FilteredList<>(rows);
    private final ObservableList<BackupSummary> selection = FXCollections.observableArrayList();
    private final StringProperty tableFilter = new SimpleStringProperty();
    private final ObjectProperty<BackupType> typeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Optional<UserMessage>> error = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<String>> unavailable = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<String>> deleteBlocked = new ReadOnlyObjectWrapper<>(Optional.empty());
    /** The recovery points among the rows, by ARN: their vault, lifecycle and plan. */
    private final java.util.Map<String, RecoveryPoint> points = new java.util.HashMap<>();
    private final BooleanBinding restorable = Bindings.createBooleanBinding(() -> selection.size() == 1
            && ("AVAILABLE".equals(selection.get(0).status()) && !selection.get(0).ownedByAwsBackup()
                || "COMPLETED".equals(selection.get(0).status()) && points.containsKey(selection.get(0).arn())), selection);


    private ConnectionTarget target;
    private String table;
    private boolean active;
    private boolean stale = true;
    private final LatestTask listing;
    /** Selects rows again by ARN (set by the view: a sorted table drops the selection of a replaced row). */
    private java.util.function.Consumer<List<String>> reselect = arns -> { };

    public BackupsModel(BackupActions actions, boolean perTable) {
        this.actions = actions;
        this.perTable = perTable;
        this.listing = new LatestTask(actions.context().tasks());
        actions.context().events().subscribe(UiEvent.BackupChanged.class, e -> changed(e.target(), e.backup()));
        actions.context().events().subscribe(UiEvent.BackupRemoved.class, e -> removed(e.target(), e.arn()));
        visible.predicateProperty().bind(Bindings.createObjectBinding(this::predicate, tableFilter, typeFilter, text));
        from.addListener((o, a, b) -> refresh());
        to.addListener((o, a, b) -> refresh());
        selection.addListener((javafx.collections.ListChangeListener<BackupSummary>) c -> deleteBlocked.set(blockReason()));
        deleteBlocked.set(blockReason());
    }

    /** Which connection, region (and table, for the details tab) to show; reloads when shown. */
    public void setScope(ConnectionTarget target, String table) {
        if (Objects.equals(this.target, target) && Objects.equals(this.table, table)) return;
        this.target = target;
        this.table = table;
        listing.cancel();
        rows.clear();
        points.clear();
        error.set(Optional.empty());
        loading.set(false);
        EndpointCapabilities caps = target == null ? EndpointCapabilities.FULL : actions.context().backups().capabilities(target);
        unavailable.set(caps.backups() ? Optional.empty() : Optional.ofNullable(caps.reason()));
        stale = true;
        if (active) refresh();
    }

    /** The view is on screen: load if what is shown is out of date. Hidden views do not call AWS. */
    public void setActive(boolean value) {
        active = value;
        if (active && stale) refresh();
    }

    public void refresh() {
        if (target == null || (perTable && table == null)) return;
        stale = false;
        listing.cancel();
        rows.clear();
        points.clear();
        error.set(Optional.empty());
        if (unavailable.get().isPresent()) {
            status.set(""); // the banner says why
            return;
        }
        ConnectionTarget t = target;
        BackupFilter filter = new BackupFilter(table, null, startOf(from.get()), startOf(to.get() == null ? null : to.get().plusDays(1)));
        var reversed = TimeRangeRule.check(filter.from(), filter.to());
        if (reversed.isPresent()) { // a range that can match nothing is not sent
            error.set(Optional.of(new UserMessage(ProblemText.of(reversed.get()), "", "Refused before any request was sent.")));
            status.set("");
            return;
        }
        loading.set(true);
        status.set(I18n.t("backups.status.loading", t.region()));
        listing.run(I18n.t("backups.task.list", table == null ? t.region() : table),
                p -> {
                    List<BackupSummary> all = new java.util.ArrayList<>(actions.context().backups().list(t, filter, page -> {
                        for (int i = 0; i < page.size(); i += UI_BATCH) {
                            List<BackupSummary> batch = page.subList(i, Math.min(page.size(), i + UI_BATCH));
                            p.ui(() -> rows.addAll(batch));
                        }
                    }));
                    if (actions.context().backups().capabilities(t).awsBackup()) {
                        // one list per table: AWS Backup's points join DynamoDB's backups (a point both list shows once)
                        List<RecoveryPoint> found = RecoveryPointRows.list(actions.context().services().awsBackup(), t, table);
                        p.ui(() -> addPoints(found));
                        found.forEach(rp -> all.add(RecoveryPointRows.row(rp)));
                    }
                    return all;
                },
                all -> {
                    loading.set(false);
                    status.set(I18n.t("backups.status.loaded", all.size(), LocalTime.now().format(CLOCK)));
                    all.stream().filter(b -> b.isTransient() && !points.containsKey(b.arn())).forEach(b -> actions.follow(t, b));
                },
                failure -> {
                    loading.set(false);
                    error.set(Optional.of(ErrorMessages.of(failure, t)));
                    status.set(I18n.t("backups.status.failed"));
                });
    }

    private void addPoints(List<RecoveryPoint> found) {
        for (RecoveryPoint p : found) {
            if (!inRange(p.created())) continue;
            points.put(p.arn(), p);
            BackupSummary row = RecoveryPointRows.row(p);
            int at = indexOf(p.arn());
            if (at >= 0) rows.set(at, row);
            else rows.add(row);
        }
    }

    /** Points are listed whole (ListRecoveryPointsByResource has no date filter): the dates apply here. */
    private boolean inRange(Instant created) {
        Instant f = startOf(from.get());
        Instant u = startOf(to.get() == null ? null : to.get().plusDays(1));
        return created == null || ((f == null || !created.isBefore(f)) && (u == null || created.isBefore(u)));
    }

    private int indexOf(String arn) {
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).arn().equals(arn)) return i;
        return -1;
    }

    /** The recovery point of a row, or null for a DynamoDB backup. */
    public RecoveryPoint point(BackupSummary row) {
        return row == null ? null : points.get(row.arn());
    }

    /** The one selected recovery point, or null when the selection is not exactly one point. */
    public RecoveryPoint selectedPoint() {
        return selection.size() == 1 ? point(selection.get(0)) : null;
    }

    /**
     * Deletes one recovery point in its vault (DeleteRecoveryPoint); a locked vault's refusal comes back
     * as the error, with the reason, and nothing is sent.
     */
    public void deletePoint(RecoveryPoint p) {
        ConnectionTarget t = target;
        var ctx = actions.context();
        ctx.tasks().run(I18n.t("points.task.delete", p.arn()),
                w -> {
                    ctx.services().awsBackup().recoveryPoints().delete(t, p.vaultName(), p.arn());
                    return p;
                },
                done -> {
                    ctx.events().publish(new UiEvent.BackupRemoved(t, p.arn()));
                    ctx.dialogs().notify(I18n.t("points.deleted.title"), I18n.t("points.deleted.text", p.arn(), p.vaultName()));
                },
                failure -> ctx.dialogs().showError(I18n.t("points.delete.failed"), ErrorMessages.of(failure, t)));
    }

    /** Copies a recovery point to a vault (of this or another region) with StartCopyJob; the Jobs view follows it. */
    public void copyPoint(RecoveryPoint p, String destinationVaultArn) {
        ConnectionTarget t = target;
        var ctx = actions.context();
        ctx.tasks().run(I18n.t("points.task.copy", p.arn(), destinationVaultArn),
                w -> ctx.services().awsBackup().jobs().startCopy(t, p.arn(), p.vaultName(), destinationVaultArn, null, null),
                started -> {
                    ctx.events().publish(new UiEvent.AwsBackupJobStarted(t, started));
                    ctx.dialogs().notify(I18n.t("points.copyStarted.title"), I18n.t("points.copyStarted.text", destinationVaultArn, started.id()));
                },
                failure -> ctx.dialogs().showError(I18n.t("points.copy.failed"), ErrorMessages.of(failure, t)));
    }

    private static Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    private Predicate<BackupSummary> predicate() {
        String tf = tableFilter.get();
        BackupType type = typeFilter.get();
        String q = text.get() == null ? "" : text.get().trim().toLowerCase(Locale.ROOT);
        return b -> (tf == null || tf.isEmpty() || tf.equals(b.tableName()))
                && (type == null || type == b.type())
                && (q.isEmpty() || contains(b.name(), q) || contains(b.tableName(), q) || contains(b.arn(), q));
    }

    private static boolean contains(String s, String q) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(q);
    }

    /** Why the selected backups cannot be deleted here; empty when they can. */
    private Optional<String> blockReason() {
        return blockReason(selection);
    }

    private Optional<String> blockReason(List<BackupSummary> backups) {
        if (backups.isEmpty()) return Optional.of(I18n.t("backups.delete.noneSelected"));
        if (backups.size() == 1 && points.containsKey(backups.get(0).arn())) return Optional.empty(); // through AWS Backup
        if (backups.size() > 1 && backups.stream().anyMatch(b -> points.containsKey(b.arn()))) return Optional.of(I18n.t("points.delete.oneAtATime"));
        if (backups.stream().anyMatch(BackupSummary::ownedByAwsBackup)) return Optional.of(I18n.t("backups.delete.awsBackup"));
        if (backups.stream().anyMatch(b -> BackupSummary.DELETED.equals(b.status()))) return Optional.of(I18n.t("backups.delete.deleted"));
        return Optional.empty();
    }

    /** The create wizard's model: the tables to offer, which are ticked, and default names of one moment. */
    public CreateBackupModel newCreateModel(SessionState session) {
        List<String> preselected = perTable && table != null ? List.of(table)
                : selection.stream().map(BackupSummary::tableName).distinct().toList();
        if (preselected.isEmpty() && session.selectedProperty().get() != null) {
            preselected = List.of(session.selectedProperty().get().name());
        }
        // one timestamp for every default name of this wizard, as the console does for one backup
        Instant now = Instant.now();
        EndpointCapabilities caps = session.capabilitiesProperty().get();
        Optional<String> noAwsBackup = caps.awsBackup() ? Optional.empty() : Optional.of(I18n.t("wizard.method.awsBackupUnavailable",
                caps.reason() != null ? caps.reason() : I18n.t("wizard.method.awsBackupMissing")));
        return new CreateBackupModel(session.tables(), preselected, t -> BackupNames.defaultName(t, now, ZoneId.systemDefault()),
                unavailable.get().isEmpty(), actions.context().services().snapshots().defaultFolder(), noAwsBackup);
    }

    /** Creates the backups the wizard asked for through the queue; the progress has one row per table. */
    public BulkProgressModel create(CreateBackupModel wizard) {
        BulkProgressModel progress = new BulkProgressModel(target, I18n.t("backups.create.progressTitle"));
        actions.create(target, wizard.requests(), progress);
        return progress;
    }

    /**
     * Starts one AWS Backup job per chosen table (StartBackupJob with the wizard's vault, role and
     * lifecycle); each started job is announced so the Jobs view follows it to the end.
     */
    public void startAwsBackup(CreateBackupModel wizard) {
        var ctx = actions.context();
        ConnectionTarget at = target;
        AwsBackupOptions o = wizard.awsBackup();
        List<String> tables = wizard.tables();
        var jobs = ctx.services().awsBackup();
        ctx.tasks().run(I18n.t("points.task.startBackup", tables.size()), p -> tables.stream()
                        .map(t -> jobs.jobs().startBackup(at, jobs.selections().tableArn(at, t), o.vaultName(), o.roleArn(), o.lifecycle()))
                        .toList(),
                started -> {
                    started.forEach(s -> ctx.events().publish(new UiEvent.AwsBackupJobStarted(at, s)));
                    ctx.dialogs().notify(I18n.t("points.started.title"), I18n.t("points.started.text", started.size(), o.vaultName()));
                },
                e -> ctx.dialogs().showError(I18n.t("points.started.failed"), ErrorMessages.of(e, at)));
    }

    /**
     * True while one AVAILABLE backup made by DynamoDB (USER or SYSTEM) is selected: it can be restored
     * to a new table here. AWS_BACKUP recovery points are restored through AWS Backup (StartRestoreJob).
     */
    public BooleanBinding restorableBinding() {
        return restorable;
    }

    /**
     * Deletes exactly {@code listed}, the backups the confirmation showed, through the queue; never the
     * selection of the moment (it may have changed while the dialog was open).
     */
    public BulkProgressModel delete(List<BackupSummary> listed) {
        Optional<String> blocked = blockReason(listed);
        if (blocked.isPresent()) throw new IllegalStateException(blocked.get());
        if (listed.stream().anyMatch(b -> points.containsKey(b.arn()))) throw new IllegalStateException("recovery points go through deletePoint");
        BulkProgressModel progress = new BulkProgressModel(target, I18n.t("backups.delete.progressTitle"));
        actions.delete(target, List.copyOf(listed), progress);
        return progress;
    }

    private void changed(ConnectionTarget where, BackupSummary backup) {
        if (!where.equals(target) || (table != null && !table.equals(backup.tableName()))) return;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).arn().equals(backup.arn())) {
                List<String> selected = selection.stream().map(BackupSummary::arn).toList();
                rows.set(i, backup);
                replaceSelected(backup);
                if (!selected.isEmpty()) reselect.accept(selected);
                return;
            }
        }
        if (!stale) rows.add(backup);
    }

    private void replaceSelected(BackupSummary backup) {
        for (int i = 0; i < selection.size(); i++) {
            if (selection.get(i).arn().equals(backup.arn())) selection.set(i, backup);
        }
    }

    private void removed(ConnectionTarget where, String arn) {
        if (!where.equals(target)) return;
        rows.removeIf(b -> b.arn().equals(arn));
        points.remove(arn);
        selection.removeIf(b -> b.arn().equals(arn));
    }

    public void setReselect(java.util.function.Consumer<List<String>> reselect) {
        this.reselect = reselect;
    }

    public boolean isPerTable() {
        return perTable;
    }

    public ConnectionTarget target() {
        return target;
    }

    public String table() {
        return table;
    }

    public BackupActions actions() {
        return actions;
    }

    public ObservableList<BackupSummary> rows() {
        return rows;
    }

    public FilteredList<BackupSummary> visible() {
        return visible;
    }

    /** The controller mirrors the table's selection here. */
    public ObservableList<BackupSummary> selection() {
        return selection;
    }

    public StringProperty tableFilterProperty() {
        return tableFilter;
    }

    public ObjectProperty<BackupType> typeFilterProperty() {
        return typeFilter;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last load's failure (or a date range refused before it); empty when it worked. */
    public ReadOnlyObjectProperty<Optional<UserMessage>> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why backups cannot be shown on this connection (the sandbox); empty where they can. */
    public ReadOnlyObjectProperty<Optional<String>> unavailableProperty() {
        return unavailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why Delete is disabled for the selection; empty when it is allowed. */
    public ReadOnlyObjectProperty<Optional<String>> deleteBlockedProperty() {
        return deleteBlocked.getReadOnlyProperty();
    }

    /** Distinct table names of the loaded rows, for the table filter. */
    public List<String> tableNames() {
        return rows.stream().map(BackupSummary::tableName).filter(Objects::nonNull).distinct().sorted().toList();
    }
}
