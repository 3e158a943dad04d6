package dev.dynamobackup.ui.snapshots;

import dev.dynamobackup.service.snapshot.SnapshotSummary;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A snapshot in the list, what the last verification said of it ("not verified" until asked), and the
 * imports of it that were interrupted on the current connection (resumable from Restore snapshot).
 */
public final class SnapshotRow {
    private final SnapshotSummary summary;
    private final ReadOnlyStringWrapper verified;
    private final String interrupted;

    SnapshotRow(SnapshotSummary summary, String verified, String interrupted) {
        this.summary = summary;
        this.verified = new ReadOnlyStringWrapper(verified);
        this.interrupted = interrupted;
    }

    /** Its interrupted imports on the current connection and region, in words; "" when none. */
    public String interrupted() {
        return interrupted;
    }

    public SnapshotSummary summary() {
        return summary;
    }

    public ReadOnlyStringProperty verifiedProperty() {
        return verified.getReadOnlyProperty();
    }

    void setVerified(String text) {
        verified.set(text);
    }
}
