package dev.dynamobackup.ui.restore;

import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.service.RestoreRefusedException;
import dev.dynamobackup.service.RestoreValidator;
import dev.dynamobackup.tasks.LatestTask;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;

/**
 * The new table's name, checked live: first the name rules, then (in the background) that no table
 * has it. The page is valid only once the name is known to be free, so nothing is sent for a name in use.
 */
public final class TargetNameModel {
    private final UiContext ctx;
    private final ConnectionTarget target;
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Optional<String>> problem = new ReadOnlyObjectWrapper<>(Optional.of(I18n.t("restore.target.empty")));
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper free = new ReadOnlyBooleanWrapper(false);
    private final LatestTask checking;

    public TargetNameModel(UiContext ctx, ConnectionTarget target) {
        this.ctx = ctx;
        this.target = target;
        this.checking = new LatestTask(ctx.tasks());
        name.addListener((obs, old, now) -> check(now == null ? "" : now.trim()));
    }

    private void check(String value) {
        checking.cancel();
        free.set(false);
        note.set("");
        Optional<String> rule = RestoreValidator.tableName(value).map(ProblemText::of);
        problem.set(rule);
        if (rule.isPresent()) return;
        note.set(I18n.t("restore.target.checking", value));
        checking.run(I18n.t("restore.target.checking", value), p -> {
                    ctx.recovery().restores().requireTargetFree(target, value);
                    return value;
                },
                ok -> {
                    note.set(I18n.t("restore.target.free", value, target.region()));
                    free.set(true);
                },
                error -> {
                    note.set("");
                    problem.set(Optional.of(error instanceof RestoreRefusedException r ? r.getMessage()
                            : ErrorMessages.of(error, target).sentence()));
                });
    }

    /** Suggests a name ({@code Source-restored}) and checks it. */
    public void suggest(String sourceTable) {
        if (sourceTable != null && (name.get() == null || name.get().isBlank())) {
            String suggestion = sourceTable + "-restored";
            name.set(suggestion.length() > 255 ? suggestion.substring(0, 255) : suggestion);
        }
    }

    public StringProperty nameProperty() {
        return name;
    }

    public String name() {
        return name.get() == null ? "" : name.get().trim();
    }

    /** What is wrong with the name; empty when nothing is. */
    public ReadOnlyObjectProperty<Optional<String>> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "checking…" or "free" while no problem is known. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** True once the name follows the rules and DescribeTable said no table has it. */
    public ReadOnlyBooleanProperty freeProperty() {
        return free.getReadOnlyProperty();
    }
}
