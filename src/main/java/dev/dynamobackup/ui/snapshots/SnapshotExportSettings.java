package dev.dynamobackup.ui.snapshots;

import javafx.beans.binding.ObjectBinding;
import dev.dynamobackup.service.snapshot.ExportOptions;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.common.Problems;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The options of "Snapshot to file" as the create-backup wizard edits them: the folder the snapshot
 * goes into, folder or .zip, segments (empty: chosen from the table's size), read-rate limit (empty: none),
 * consistent read. {@link #problem()} says what is wrong before anything is scanned. No nodes.
 */
public final class SnapshotExportSettings {
    private final StringProperty folder = new SimpleStringProperty();
    private final BooleanProperty zip = new SimpleBooleanProperty();
    private final StringProperty segments = new SimpleStringProperty("");
    private final StringProperty maxReadUnits = new SimpleStringProperty("");
    private final BooleanProperty consistent = new SimpleBooleanProperty();
    private final ObjectBinding<Optional<String>> problem;

    public SnapshotExportSettings(Path defaultFolder) {
        folder.set(defaultFolder.toString());
        problem = Problems.binding(this::findProblem, folder, segments, maxReadUnits);
    }

    private Optional<String> findProblem() {
        String f = folder.get() == null ? "" : folder.get().trim();
        if (f.isEmpty()) return Optional.of(I18n.t("snapshots.options.noFolder"));
        try {
            Path p = Path.of(f);
            if (Files.exists(p) && !Files.isDirectory(p)) return Optional.of(I18n.t("snapshots.options.notFolder", f));
        } catch (InvalidPathException e) {
            return Optional.of(I18n.t("snapshots.options.notFolder", f));
        }
        if (number(segments.get(), 1, ExportOptions.MAX_SEGMENTS) == null) return Optional.of(I18n.t("snapshots.options.segments", ExportOptions.MAX_SEGMENTS));
        if (number(maxReadUnits.get(), 1, Integer.MAX_VALUE) == null) return Optional.of(I18n.t("snapshots.options.maxReadUnits"));
        return Optional.empty();
    }

    /** Empty is 0 (automatic / no limit); a number outside [min, max] or not a number is null. */
    static Long number(String text, long min, long max) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) return 0L;
        try {
            long v = Long.parseLong(t);
            return v >= min && v <= max ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Why the options cannot be used; empty when they can. */
    public ObjectBinding<Optional<String>> problem() {
        return problem;
    }

    public ExportOptions options() {
        return ExportOptions.DEFAULTS.withSegments(number(segments.get(), 1, ExportOptions.MAX_SEGMENTS).intValue())
                .withMaxReadUnits(number(maxReadUnits.get(), 1, Integer.MAX_VALUE)).withConsistent(consistent.get());
    }

    /** Where the snapshot of {@code backupName} goes: a new folder (or .zip) of that name in the chosen folder. */
    public Path destination(String backupName) {
        return Path.of(folder.get().trim()).resolve(zip.get() ? backupName + ".zip" : backupName);
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public BooleanProperty zipProperty() {
        return zip;
    }

    public StringProperty segmentsProperty() {
        return segments;
    }

    public StringProperty maxReadUnitsProperty() {
        return maxReadUnits;
    }

    public BooleanProperty consistentProperty() {
        return consistent;
    }
}
