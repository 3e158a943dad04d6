package dev.dynamobackup.ui.backups;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;

/** One row per item of a bulk create or delete, updated as the queue reports (FX thread only). */
public final class BulkProgressModel {
    /** One item: what it is and how far it got. Progress -1 while running, 1 done, 0 waiting. */
    public static final class Row {
        private final String key;
        private final String label;
        private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(I18n.t("bulk.waiting"));
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
        private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();

        Row(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String label() {
            return label;
        }

        public ReadOnlyStringProperty stateProperty() {
            return state.getReadOnlyProperty();
        }

        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        public ReadOnlyBooleanProperty failedProperty() {
            return failed.getReadOnlyProperty();
        }
    }

    private final ConnectionTarget target;
    private final String title;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();

    public BulkProgressModel(ConnectionTarget target, String title) {
        this.target = target;
        this.title = title;
    }

    public ConnectionTarget target() {
        return target;
    }

    public String title() {
        return title;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    void add(String key, String label) {
        rows.add(new Row(key, label));
    }

    void running(String key) {
        row(key, r -> {
            r.state.set(I18n.t("bulk.running"));
            r.progress.set(-1);
        });
    }

    void retrying(String key, int attempt, Duration wait) {
        row(key, r -> r.state.set(I18n.t("bulk.retrying", attempt, wait.toMillis())));
    }

    void done(String key, String status) {
        row(key, r -> {
            r.state.set(I18n.t("bulk.done", status));
            r.progress.set(1);
        });
    }

    void failed(String key, String reason) {
        row(key, r -> {
            r.state.set(reason);
            r.progress.set(0);
            r.failed.set(true);
        });
    }

    /** The whole batch failed before it began (e.g. no connection): every unfinished row says why. */
    void failedAll(String reason) {
        rows.stream().filter(r -> r.progress.get() < 1 && !r.failed.get()).forEach(r -> failed(r.key, reason));
        finish();
    }

    void finish() {
        finished.set(true);
    }

    /** "item: reason" of the first failed row, or null. */
    public String firstFailure() {
        return rows.stream().filter(r -> r.failed.get()).findFirst().map(r -> r.label + ": " + r.state.get()).orElse(null);
    }

    public long failures() {
        return rows.stream().filter(r -> r.failed.get()).count();
    }

    private void row(String key, java.util.function.Consumer<Row> change) {
        rows.stream().filter(r -> r.key.equals(key)).findFirst().ifPresent(change);
    }
}
