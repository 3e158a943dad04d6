package dev.dynamobackup.ui.backups;

import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.model.BackupRequest;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.service.BackupNames;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.common.Problems;
import dev.dynamobackup.ui.snapshots.SnapshotExportSettings;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The create-backup wizard's state: which tables, a name per table (validated as it is typed), and why
 * Create is not allowed yet (no table, a bad name, a table that is not ACTIVE). No nodes here.
 */
public final class CreateBackupModel {
    /** A table offered on the first page. */
    public static final class TableChoice {
        private final String name;
        private final String status;
        private final BooleanProperty selected = new SimpleBooleanProperty();

        TableChoice(String name, String status) {
            this.name = name;
            this.status = status;
        }

        public String name() {
            return name;
        }

        public String status() {
            return status;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }

        @Override
        public String toString() {
            return "ACTIVE".equals(status) ? name : name + "  (" + status + ")";
        }
    }

    /** A chosen table and the name its backup will get. */
    public static final class NameRow {
        private final TableChoice table;
        private final StringProperty name = new SimpleStringProperty();
        private final ReadOnlyObjectWrapper<Optional<String>> problem = new ReadOnlyObjectWrapper<>(Optional.empty());

        NameRow(TableChoice table, String initial) {
            this.table = table;
            name.addListener((o, a, b) -> problem.set(problemOf(table, b)));
            name.set(initial);
            problem.set(problemOf(table, initial));
        }

        public String table() {
            return table.name();
        }

        public StringProperty nameProperty() {
            return name;
        }

        /** What is wrong with this row (bad name, table not ACTIVE); empty when nothing is. */
        public ReadOnlyObjectProperty<Optional<String>> problemProperty() {
            return problem.getReadOnlyProperty();
        }

        private static Optional<String> problemOf(TableChoice table, String name) {
            if (!"ACTIVE".equals(table.status())) return Optional.of(I18n.t("wizard.notActive", table.name(), table.status()));
            return BackupNames.problem(name).map(ProblemText::of);
        }
    }

    private final ObservableList<TableChoice> choices = FXCollections.observableArrayList(c -> new Observable[]{c.selected});
    private final ObservableList<NameRow> rows = FXCollections.observableArrayList(r -> new Observable[]{r.problem});
    private final ReadOnlyObjectWrapper<Optional<String>> sourceProblem = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<String>> createProblem = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final Map<String, NameRow> byTable = new HashMap<>();
    private final Function<String, String> defaultName;
    private final BooleanProperty snapshotMethod = new SimpleBooleanProperty();
    private final SnapshotExportSettings snapshotSettings;
    private final boolean nativeBackups;
    private final ObjectBinding<Optional<String>> methodProblem;
    private final javafx.beans.property.ObjectProperty<BackupMethod> method =
            new javafx.beans.property.SimpleObjectProperty<>(BackupMethod.DYNAMODB);
    private final AwsBackupOptions awsBackup = new AwsBackupOptions();
    private final Optional<String> awsBackupUnavailable;

    public CreateBackupModel(List<TableSummary> tables, Collection<String> preselected, Function<String, String> defaultName) {
        this(tables, preselected, defaultName, true, java.nio.file.Path.of("snapshots"));
    }

    /** @param nativeBackups false on the sandbox and other endpoints without backups: "Snapshot to file" is chosen */
    public CreateBackupModel(List<TableSummary> tables, Collection<String> preselected, Function<String, String> defaultName,
                             boolean nativeBackups, java.nio.file.Path snapshotFolder) {
        this(tables, preselected, defaultName, nativeBackups, snapshotFolder, Optional.empty());
    }

    /**
     * @param awsBackupUnavailable why "Backup with AWS Backup" cannot be chosen on this endpoint (the
     *                             sandbox, an endpoint without AWS Backup); empty where it can
     */
    public CreateBackupModel(List<TableSummary> tables, Collection<String> preselected, Function<String, String> defaultName,
                             boolean nativeBackups, java.nio.file.Path snapshotFolder, Optional<String> awsBackupUnavailable) {
        this.defaultName = defaultName;
        this.awsBackupUnavailable = awsBackupUnavailable;
        this.nativeBackups = nativeBackups;
        this.snapshotSettings = new SnapshotExportSettings(snapshotFolder);
        snapshotMethod.set(!nativeBackups);
        SnapshotExportSettings options = snapshotSettings;
        this.methodProblem = Problems.binding(() -> createProblem.get().or(() -> snapshotMethod.get() ? options.problem().get() : Optional.empty()),
                createProblem, snapshotMethod, options.problem());
        for (TableSummary t : tables) {
            TableChoice c = new TableChoice(t.name(), t.status());
            c.selected.set(preselected.contains(t.name()));
            choices.add(c);
        }
        choices.addListener((javafx.collections.ListChangeListener<TableChoice>) ch -> syncRows());
        rows.addListener((javafx.collections.ListChangeListener<NameRow>) ch -> update());
        method.addListener((o, a, b) -> update());
        for (StringProperty p : List.of(awsBackup.vaultProperty(), awsBackup.roleProperty(),
                awsBackup.coldAfterProperty(), awsBackup.deleteAfterProperty())) {
            p.addListener((o, a, b) -> update());
        }
        syncRows();
    }

    /** Keeps one name row per chosen table, in table order; a name already typed survives unticking and ticking. */
    private void syncRows() {
        List<NameRow> next = choices.stream().filter(c -> c.selected.get())
                .map(c -> byTable.computeIfAbsent(c.name(), n -> new NameRow(c, defaultName.apply(n)))).toList();
        if (!next.equals(rows)) rows.setAll(next);
        update();
    }

    private void update() {
        sourceProblem.set(rows.isEmpty() ? Optional.of(I18n.t("wizard.noTable")) : Optional.empty());
        if (method.get() == BackupMethod.AWS_BACKUP && awsBackupUnavailable.isPresent()) {
            createProblem.set(awsBackupUnavailable); // never sent where the endpoint has no AWS Backup
            return;
        }
        if (!rows.isEmpty() && method.get() == BackupMethod.AWS_BACKUP) {
            // AWS Backup names its recovery points itself: only a table that is not ACTIVE stops it
            createProblem.set(rows.stream().filter(r -> !"ACTIVE".equals(r.table.status()))
                    .map(r -> r.table() + ": " + I18n.t("wizard.notActive", r.table(), r.table.status()))
                    .findFirst().or(awsBackup::problem));
            return;
        }
        createProblem.set(rows.isEmpty() ? Optional.of(I18n.t("wizard.noTable"))
                : rows.stream().filter(r -> r.problem.get().isPresent()).map(r -> r.table() + ": " + r.problem.get().get())
                .findFirst());
    }

    public ObservableList<TableChoice> choices() {
        return choices;
    }

    public ObservableList<NameRow> rows() {
        return rows;
    }

    /** Why the first page cannot go on (no table chosen); empty when it can. */
    public ReadOnlyObjectProperty<Optional<String>> sourceProblemProperty() {
        return sourceProblem.getReadOnlyProperty();
    }

    /** Why Create is disabled; empty when it is allowed. */
    public ReadOnlyObjectProperty<Optional<String>> createProblemProperty() {
        return createProblem.getReadOnlyProperty();
    }

    /** True when "Snapshot to file" is the chosen method (the default where native backups are missing). */
    public BooleanProperty snapshotMethodProperty() {
        return snapshotMethod;
    }

    /** The snapshot options (folder, .zip, segments, read-rate limit, consistent read). */
    public SnapshotExportSettings snapshotSettings() {
        return snapshotSettings;
    }

    /** Whether DynamoDB's own backups can be chosen; without them the snapshot method is the one offered. */
    public boolean nativeBackups() {
        return nativeBackups;
    }

    /** Why "Backup with AWS Backup" is disabled here (from the bundle); empty where it can be chosen. */
    public Optional<String> awsBackupUnavailable() {
        return awsBackupUnavailable;
    }

    /** Why Create is disabled with the chosen method; empty when it is allowed. */
    public ObjectBinding<Optional<String>> methodProblem() {
        return methodProblem;
    }

    /** DynamoDB's CreateBackup (the default) or an AWS Backup job per table. */
    public javafx.beans.property.ObjectProperty<BackupMethod> methodProperty() {
        return method;
    }

    /** The vault, role and lifecycle used when the method is AWS_BACKUP. */
    public AwsBackupOptions awsBackup() {
        return awsBackup;
    }

    /** The chosen tables, in table order. */
    public List<String> tables() {
        return rows.stream().map(NameRow::table).toList();
    }

    public List<BackupRequest> requests() {
        return rows.stream().map(r -> new BackupRequest(r.table(), r.name.get())).toList();
    }
}
