package dev.dynamobackup.ui.snapshots;

import dev.dynamobackup.service.snapshot.SnapshotSummary;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A snapshot in the list and what the last verification said of it ("not verified" until asked). */
public final class SnapshotRow {
    private final SnapshotSummary summary;
    private final ReadOnlyStringWrapper verified;

    SnapshotRow(SnapshotSummary summary, String verified) {
        this.summary = summary;
        this.verified = new ReadOnlyStringWrapper(verified);
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
