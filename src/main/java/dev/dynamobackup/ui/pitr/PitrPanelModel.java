package dev.dynamobackup.ui.pitr;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.PitrStatus;
import dev.dynamobackup.model.PitrWindow;
import dev.dynamobackup.model.RestoreRecord;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.service.PitrService;
import dev.dynamobackup.tasks.TaskHandle;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.session.SessionState;
import dev.dynamobackup.ui.session.UiEvent;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The point-in-time recovery tab of the selected table: its window, the commands to enable (with the
 * charges notice and a monthly estimate), change the period and disable (with the reset warning), and
 * the table's recovery-time history. On an endpoint without PITR it says so, with the reason.
 */
public final class PitrPanelModel {
    /** What the user may type, besides the table name, to disable PITR (as on the command line). */
    public static final String DISABLE_WORD = "Disable";
    private final SessionState session;
    private final UiContext ctx;
    private final ReadOnlyObjectWrapper<TableSummary> table = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PitrWindow> window = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Optional<String>> unavailable = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<String>> error = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final IntegerProperty days = new SimpleIntegerProperty(PitrWindow.MAX_DAYS);
    private final ObservableList<RestoreRecord> history = FXCollections.observableArrayList();
    private TaskHandle loading = TaskHandle.DONE;

    public PitrPanelModel(UiContext ctx) {
        this.ctx = ctx;
        this.session = ctx.session();
        session.detailsProperty().addListener((obs, old, now) -> {
            // a selection that blinks (null, then the same table, when the list re-sorts) does not reload
            if (now == null) return;
            String before = table.get() == null ? null : table.get().name();
            table.set(now);
            if (!Objects.equals(before, now.name())) load();
        });
        // another connection or region: the same name is another table
        session.connectionProperty().addListener((obs, old, now) -> table.set(null));
        session.regionProperty().addListener((obs, old, now) -> table.set(null));
        ctx.events().subscribe(UiEvent.RestoreRecorded.class, e -> loadHistory());
        table.set(session.detailsProperty().get());
        load();
    }

    /** Reads the PITR window and the restore history of the current table. */
    public void load() {
        loading.cancel();
        window.set(null);
        error.set(Optional.empty());
        TableSummary t = table.get();
        if (t == null) return;
        var caps = session.capabilitiesProperty().get();
        unavailable.set(caps.pointInTimeRecovery() ? Optional.empty() : Optional.ofNullable(caps.reason()));
        loadHistory();
        if (!caps.pointInTimeRecovery()) return;
        ConnectionTarget target = session.target();
        String name = t.name();
        loading = ctx.tasks().run(I18n.t("pitr.task.describe", name), p -> ctx.recovery().pitr().describe(target, name),
                w -> {
                    if (isCurrent(name)) show(w);
                },
                e -> {
                    if (isCurrent(name)) error.set(Optional.of(ErrorMessages.of(e, target).sentence()));
                });
    }

    private void loadHistory() {
        TableSummary t = table.get();
        ConnectionTarget target = session.target();
        if (t == null || target == null) return;
        String name = t.name();
        ctx.tasks().run(I18n.t("pitr.task.history"), p -> ctx.recovery().history().forSource(target.region(), name),
                records -> {
                    if (isCurrent(name)) history.setAll(records);
                },
                e -> history.clear());
    }

    private boolean isCurrent(String name) {
        return table.get() != null && table.get().name().equals(name);
    }

    private void show(PitrWindow w) {
        window.set(w);
        days.set(w.enabled() ? w.recoveryPeriodDays() : PitrWindow.MAX_DAYS);
    }

    /** Enable with the console's notice that charges apply, and the monthly estimate. */
    public void requestEnable() {
        TableSummary t = table.get();
        if (t == null) return;
        if (!ctx.dialogs().confirm(I18n.t("pitr.enable.title", t.name()),
                I18n.t("pitr.enable.notice", days.get()) + "\n\n" + estimateText(), I18n.t("pitr.enable.confirm"))) {
            return;
        }
        change(t, I18n.t("pitr.task.enable", t.name()), target -> ctx.recovery().pitr().enable(target, t.name(), days.get()));
    }

    /**
     * Sets the recovery period of a table that already has PITR on. A shorter period drops the older
     * restore points, so it says how many days are lost and asks; a longer one does not ask.
     */
    public void changePeriod() {
        TableSummary t = table.get();
        if (t == null) return;
        PitrWindow now = window.get();
        int to = days.get();
        if (now != null && now.enabled() && to < now.recoveryPeriodDays()) {
            long lost = now.daysLostIfShortenedTo(to);
            String text = I18n.t("pitr.shorten.text", now.recoveryPeriodDays(), to) + "\n\n"
                    + (lost > 0 ? I18n.t("pitr.shorten.lost", lost, to) : I18n.t("pitr.shorten.noneYet", to));
            if (!ctx.dialogs().confirm(I18n.t("pitr.shorten.title", t.name()), text, I18n.t("pitr.shorten.confirm"))) return;
        }
        change(t, I18n.t("pitr.task.period", t.name(), days.get()),
                target -> ctx.recovery().pitr().enable(target, t.name(), days.get()));
    }

    /**
     * Disable, after saying which restore points are lost and that enabling it again starts a new, empty
     * window; the user types the table name or {@value #DISABLE_WORD}, as {@code dbm pitr disable} asks.
     */
    public void requestDisable() {
        TableSummary t = table.get();
        if (t == null) return;
        PitrWindow now = window.get();
        String loss = now != null && now.enabled() && now.earliest() != null
                ? I18n.t("pitr.disable.loss", now.recoveryPeriodDays(), Formats.local(now.earliest())) + "\n\n" : "";
        if (!ctx.dialogs().confirmTyped(I18n.t("pitr.disable.title", t.name()), loss + I18n.t("pitr.disable.warning"),
                I18n.t("pitr.disable.confirm"), List.of(t.name(), DISABLE_WORD))) {
            return;
        }
        change(t, I18n.t("pitr.task.disable", t.name()), target -> ctx.recovery().pitr().disable(target, t.name()));
    }

    private void change(TableSummary t, String title, java.util.function.Function<ConnectionTarget, PitrWindow> call) {
        ConnectionTarget target = session.target();
        busy.set(true);
        error.set(Optional.empty());
        ctx.tasks().run(title, p -> call.apply(target), w -> {
            busy.set(false);
            if (isCurrent(t.name())) show(w);
            // the table list's PITR column follows
            PitrStatus status = w.enabled() ? PitrStatus.ENABLED : PitrStatus.DISABLED;
            session.table(t.name()).ifPresent(x -> ctx.events().publish(new UiEvent.TableChanged(target, x.withPitr(status))));
        }, e -> {
            busy.set(false);
            ctx.dialogs().showError(title, ErrorMessages.of(e, target));
        });
    }

    /** "About $0.42 a month …", from the table size × $0.20 per GB-month; always an estimate. */
    public String estimateText() {
        TableSummary t = table.get();
        long size = t == null ? 0 : t.sizeBytes();
        return I18n.t("pitr.estimate", String.format(Locale.ROOT, "%.2f", PitrService.monthlyEstimate(size)),
                String.format(Locale.ROOT, "%.3f", size / (1024d * 1024 * 1024)));
    }

    public ReadOnlyObjectProperty<TableSummary> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PitrWindow> windowProperty() {
        return window.getReadOnlyProperty();
    }

    /** The reason PITR is unavailable on this endpoint; empty where it is available. */
    public ReadOnlyObjectProperty<Optional<String>> unavailableProperty() {
        return unavailable.getReadOnlyProperty();
    }

    /** Why the table's PITR state could not be read; empty when it was. */
    public ReadOnlyObjectProperty<Optional<String>> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public IntegerProperty daysProperty() {
        return days;
    }

    public ObservableList<RestoreRecord> history() {
        return history;
    }

    public UiContext context() {
        return ctx;
    }
}
