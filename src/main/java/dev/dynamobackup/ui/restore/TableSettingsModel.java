package dev.dynamobackup.ui.restore;

import javafx.beans.binding.ObjectBinding;
import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.model.EncryptionChoice;
import dev.dynamobackup.model.IndexInfo;
import dev.dynamobackup.model.RestoreSettings;
import dev.dynamobackup.service.RestoreValidator;
import dev.dynamobackup.ui.common.Problems;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "table settings" page: restore the entire table, or customize which GSIs to keep, whether to
 * keep the LSIs, the billing mode and capacity, and the encryption key. Validated live.
 */
public final class TableSettingsModel {
    /** The billing choices of the page: as in the source, on-demand, provisioned. */
    public enum Billing { SAME, ON_DEMAND, PROVISIONED }

    /** One GSI of the source with a "keep" check box. */
    public record IndexChoice(IndexInfo index, BooleanProperty keep) {
    }

    private final BooleanProperty customize = new SimpleBooleanProperty(false);
    private final ObservableList<IndexChoice> globalIndexes = FXCollections.observableArrayList(
            c -> new Observable[]{c.keep()});
    private final ObservableList<IndexInfo> localIndexes = FXCollections.observableArrayList();
    private final BooleanProperty dropLocalIndexes = new SimpleBooleanProperty(false);
    private final ObjectProperty<Billing> billing = new SimpleObjectProperty<>(Billing.SAME);
    private final StringProperty read = new SimpleStringProperty("5");
    private final StringProperty write = new SimpleStringProperty("5");
    private final ObjectProperty<EncryptionChoice> encryption = new SimpleObjectProperty<>(EncryptionChoice.SAME_AS_SOURCE);
    private final StringProperty kmsKeyArn = new SimpleStringProperty("");
    private final ObjectBinding<Optional<String>> problem;

    public TableSettingsModel() {
        problem = Problems.binding(this::findProblem,
                customize, billing, read, write, encryption, kmsKeyArn);
    }

    /** Fills the index lists from the source (every GSI checked: keep all by default). */
    public void setIndexes(List<IndexInfo> indexes) {
        globalIndexes.setAll(indexes.stream().filter(IndexInfo::global)
                .map(i -> new IndexChoice(i, new SimpleBooleanProperty(true))).toList());
        localIndexes.setAll(indexes.stream().filter(i -> !i.global()).toList());
    }

    /** Proposes the source's provisioned capacity when there was one. */
    public void proposeCapacity(long readUnits, long writeUnits) {
        if (readUnits > 0) read.set(Long.toString(readUnits));
        if (writeUnits > 0) write.set(Long.toString(writeUnits));
    }

    private Optional<String> findProblem() {
        if (!customize.get()) return Optional.empty();
        if (billing.get() == Billing.PROVISIONED) {
            Optional<String> r = RestoreValidator.capacity(RestoreValidator.Capacity.READ, units(read.get())).map(ProblemText::of);
            if (r.isPresent()) return r;
            Optional<String> w = RestoreValidator.capacity(RestoreValidator.Capacity.WRITE, units(write.get())).map(ProblemText::of);
            if (w.isPresent()) return w;
        }
        if (encryption.get() == EncryptionChoice.CUSTOMER_MANAGED) return RestoreValidator.kmsKeyArn(kmsKeyArn.get()).map(ProblemText::of);
        return Optional.empty();
    }

    private static long units(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The settings to send; {@link RestoreSettings#ENTIRE_TABLE} unless customized. */
    public RestoreSettings settings() {
        if (!customize.get()) return RestoreSettings.ENTIRE_TABLE;
        List<String> keep = null;
        if (globalIndexes.stream().anyMatch(c -> !c.keep().get())) {
            keep = new ArrayList<>();
            for (IndexChoice c : globalIndexes) if (c.keep().get()) keep.add(c.index().name());
        }
        String mode = switch (billing.get()) {
            case SAME -> null;
            case ON_DEMAND -> "PAY_PER_REQUEST";
            case PROVISIONED -> "PROVISIONED";
        };
        boolean provisioned = billing.get() == Billing.PROVISIONED;
        return new RestoreSettings(keep, dropLocalIndexes.get() && !localIndexes.isEmpty(), mode,
                provisioned ? units(read.get()) : 0, provisioned ? units(write.get()) : 0, encryption.get(),
                encryption.get() == EncryptionChoice.CUSTOMER_MANAGED ? kmsKeyArn.get().trim() : null);
    }

    public BooleanProperty customizeProperty() {
        return customize;
    }

    public ObservableList<IndexChoice> globalIndexes() {
        return globalIndexes;
    }

    public ObservableList<IndexInfo> localIndexes() {
        return localIndexes;
    }

    public BooleanProperty dropLocalIndexesProperty() {
        return dropLocalIndexes;
    }

    public ObjectProperty<Billing> billingProperty() {
        return billing;
    }

    public StringProperty readProperty() {
        return read;
    }

    public StringProperty writeProperty() {
        return write;
    }

    public ObjectProperty<EncryptionChoice> encryptionProperty() {
        return encryption;
    }

    public StringProperty kmsKeyArnProperty() {
        return kmsKeyArn;
    }

    /** What is wrong with the settings; empty when they can be sent. */
    public ObjectBinding<Optional<String>> problemBinding() {
        return problem;
    }
}
