package dev.dynamobackup.ui.snapshots;

import dev.dynamobackup.service.snapshot.SnapshotManifest;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.restore.RestorePage;
import dev.dynamobackup.ui.restore.TableSettingsModel.Billing;
import javafx.beans.property.StringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Billing (the snapshot's, on-demand or provisioned with units), the write-rate limit and the settings replay. */
final class ImportOptionsPage extends RestorePage {
    ImportOptionsPage(SnapshotImportSettings settings, SnapshotManifest manifest) {
        super(I18n.t("snapshots.restore.optionsHeader"), settings.problem());
        ChoiceBox<Billing> billing = new ChoiceBox<>();
        billing.setId("snapshotBilling");
        billing.getItems().setAll(Billing.values());
        billing.setConverter(new StringConverter<>() {
            @Override
            public String toString(Billing b) {
                if (b == null) return "";
                return switch (b) {
                    case SAME -> "PROVISIONED".equals(manifest.billingMode())
                            ? I18n.t("snapshots.restore.billingKeepProvisioned", manifest.readCapacity(), manifest.writeCapacity())
                            : I18n.t("snapshots.restore.billingKeep");
                    case ON_DEMAND -> I18n.t("snapshots.restore.billingOnDemand");
                    case PROVISIONED -> I18n.t("snapshots.restore.billingProvisioned");
                };
            }

            @Override
            public Billing fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        billing.valueProperty().bindBidirectional(settings.billing().billingProperty());
        TextField read = units("snapshotReadUnits", settings.billing().readProperty());
        TextField write = units("snapshotWriteUnits", settings.billing().writeProperty());
        var provisioned = settings.billing().billingProperty().isEqualTo(Billing.PROVISIONED);
        read.disableProperty().bind(provisioned.not());
        write.disableProperty().bind(provisioned.not());
        TextField writeRate = units("snapshotMaxWriteUnits", settings.maxWriteUnitsProperty());
        writeRate.setPromptText(I18n.t("snapshots.options.noLimit"));
        CheckBox replay = new CheckBox(I18n.t("snapshots.restore.replay"));
        replay.setId("snapshotReplay");
        replay.selectedProperty().bindBidirectional(settings.replayProperty());

        GridPane table = form();
        row(table, I18n.t("snapshots.restore.billing"), billing);
        row(table, I18n.t("restore.settings.read"), read);
        row(table, I18n.t("restore.settings.write"), write);
        Label hint = hint(I18n.t("snapshots.restore.hint"));
        VBox newTable = new VBox(8, hint, table);
        newTable.disableProperty().bind(settings.resumingProperty());
        Label resuming = hint(I18n.t("snapshots.restore.resumingBilling"));
        resuming.visibleProperty().bind(settings.resumingProperty());
        resuming.managedProperty().bind(resuming.visibleProperty());
        GridPane writing = form();
        row(writing, I18n.t("snapshots.restore.maxWriteUnits"), writeRate);
        setContent(new VBox(12, resuming, newTable, writing, replay, problemLabel(settings.problem())));
    }

    private static TextField units(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(8);
        f.setMaxWidth(140);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
