package dev.dynamobackup.ui.snapshots;

import dev.dynamobackup.model.RestoreSettings;
import dev.dynamobackup.service.snapshot.ImportOptions;
import dev.dynamobackup.service.snapshot.SnapshotManifest;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.common.Problems;
import dev.dynamobackup.ui.restore.TableSettingsModel;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;

/**
 * The options of "Restore snapshot" as its wizard edits them: billing (as in the snapshot, on-demand, or
 * provisioned with read and write units, validated by the native restore's {@link TableSettingsModel} and
 * applied to the table and its GSIs), a write-rate limit (empty: none) and the settings replay. A resumed
 * import writes into a table that exists, so its billing is not asked for. No nodes.
 */
public final class SnapshotImportSettings {
    private final TableSettingsModel billing = new TableSettingsModel();
    private final StringProperty maxWriteUnits = new SimpleStringProperty("");
    private final BooleanProperty replay = new SimpleBooleanProperty(true);
    private final BooleanProperty resuming = new SimpleBooleanProperty(false);
    private final ObjectBinding<Optional<String>> problem;

    public SnapshotImportSettings(SnapshotManifest manifest) {
        billing.customizeProperty().set(true); // only its billing part is shown: it is always "customized"
        billing.proposeCapacity(manifest.readCapacity(), manifest.writeCapacity());
        problem = Problems.binding(this::findProblem, billing.problemBinding(), maxWriteUnits, resuming);
    }

    private Optional<String> findProblem() {
        if (SnapshotExportSettings.number(maxWriteUnits.get(), 1, Integer.MAX_VALUE) == null) {
            return Optional.of(I18n.t("snapshots.restore.maxWriteUnitsBad"));
        }
        return resuming.get() ? Optional.empty() : billing.problemBinding().get();
    }

    /** What to import with; call only while {@link #problem()} is empty. */
    public ImportOptions options() {
        ImportOptions o = ImportOptions.DEFAULTS.withReplaySettings(replay.get())
                .withMaxWriteUnits(SnapshotExportSettings.number(maxWriteUnits.get(), 1, Integer.MAX_VALUE));
        if (resuming.get()) return o;
        RestoreSettings s = billing.settings();
        return s.billingMode() == null ? o : o.withBilling(s.billingMode(), s.readCapacity(), s.writeCapacity());
    }

    /** Billing mode, read and write units (the snapshot's capacity proposed when it had one). */
    public TableSettingsModel billing() {
        return billing;
    }

    public StringProperty maxWriteUnitsProperty() {
        return maxWriteUnits;
    }

    public BooleanProperty replayProperty() {
        return replay;
    }

    /** True while the wizard goes on with an interrupted import instead of creating a table. */
    public BooleanProperty resumingProperty() {
        return resuming;
    }

    /** Why the options cannot be used; empty when they can. */
    public ObjectBinding<Optional<String>> problem() {
        return problem;
    }
}
