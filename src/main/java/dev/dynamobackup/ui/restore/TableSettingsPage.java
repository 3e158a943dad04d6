package dev.dynamobackup.ui.restore;

import dev.dynamobackup.model.EncryptionChoice;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.restore.TableSettingsModel.Billing;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.Map;

/**
 * "Restore the entire table" or "Customize": GSIs to keep, keep or drop all LSIs, billing mode and
 * capacity, encryption. The choices are the console's; the model validates them.
 */
final class TableSettingsPage extends RestorePage {
    private final TableSettingsModel model;
    private final VBox gsiBox = new VBox(4);

    TableSettingsPage(TableSettingsModel model) {
        super(I18n.t("restore.settings.header"), model.problemBinding());
        this.model = model;
        ToggleGroup mode = new ToggleGroup();
        RadioButton entire = radio("entireTableRadio", I18n.t("restore.settings.entire"), mode);
        RadioButton customize = radio("customizeRadio", I18n.t("restore.settings.customize"), mode);
        (model.customizeProperty().get() ? customize : entire).setSelected(true);
        mode.selectedToggleProperty().addListener((obs, old, now) -> model.customizeProperty().set(now == customize));

        // two columns, so every choice is in view without scrolling
        VBox left = new VBox(14, indexes());
        VBox right = new VBox(14, billing(), encryption());
        left.setPrefWidth(340);
        right.setPrefWidth(340);
        HBox custom = new HBox(24, left, right);
        custom.getStyleClass().add("restore-custom");
        custom.disableProperty().bind(model.customizeProperty().not());

        VBox body = new VBox(10, hint(I18n.t("restore.settings.hint")), entire, hint(I18n.t("restore.settings.entireHint")),
                customize, custom, problemLabel(model.problemBinding()));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        setContent(scroll);
    }

    private VBox indexes() {
        Label gsiTitle = section(I18n.t("restore.settings.gsis"));
        model.globalIndexes().addListener((ListChangeListener<TableSettingsModel.IndexChoice>) c -> fillGsis());
        fillGsis();
        CheckBox dropLsi = new CheckBox();
        dropLsi.setId("dropLsiCheck");
        dropLsi.setMnemonicParsing(false);
        dropLsi.setWrapText(true);
        dropLsi.selectedProperty().bindBidirectional(model.dropLocalIndexesProperty());
        dropLsi.textProperty().bind(Bindings.createStringBinding(() -> model.localIndexes().isEmpty()
                ? I18n.t("restore.settings.noLsis") : I18n.t("restore.settings.dropLsis", model.localIndexes().size(),
                String.join(", ", model.localIndexes().stream().map(i -> i.name()).toList())), model.localIndexes()));
        dropLsi.disableProperty().bind(Bindings.isEmpty(model.localIndexes()));
        return new VBox(6, gsiTitle, gsiBox, section(I18n.t("restore.settings.lsis")), dropLsi,
                hint(I18n.t("restore.settings.lsiHint")));
    }

    private void fillGsis() {
        gsiBox.getChildren().clear();
        if (model.globalIndexes().isEmpty()) gsiBox.getChildren().add(hint(I18n.t("restore.settings.noGsis")));
        for (TableSettingsModel.IndexChoice choice : model.globalIndexes()) {
            CheckBox box = new CheckBox(BackupSourcePage.index(choice.index()));
            box.setMnemonicParsing(false);
            box.setWrapText(true);
            box.setId("keepGsi-" + choice.index().name());
            box.selectedProperty().bindBidirectional(choice.keep());
            gsiBox.getChildren().add(box);
        }
    }

    private VBox billing() {
        ToggleGroup group = new ToggleGroup();
        RadioButton same = radio("billingSame", I18n.t("restore.settings.billingSame"), group);
        RadioButton onDemand = radio("billingOnDemand", I18n.t("restore.settings.onDemand"), group);
        RadioButton provisioned = radio("billingProvisioned", I18n.t("restore.settings.provisioned"), group);
        select(group, Map.of(Billing.SAME, same, Billing.ON_DEMAND, onDemand, Billing.PROVISIONED, provisioned),
                model.billingProperty());
        TextField read = number("readField", model.readProperty());
        TextField write = number("writeField", model.writeProperty());
        javafx.scene.layout.GridPane capacity = new javafx.scene.layout.GridPane();
        capacity.setHgap(8);
        capacity.setVgap(4);
        capacity.addRow(0, new Label(I18n.t("restore.settings.read")), read);
        capacity.addRow(1, new Label(I18n.t("restore.settings.write")), write);
        capacity.setStyle("-fx-padding: 0 0 0 24;");
        capacity.disableProperty().bind(provisioned.selectedProperty().not());
        return new VBox(6, section(I18n.t("restore.settings.billing")), same, onDemand, provisioned, capacity);
    }

    private VBox encryption() {
        ToggleGroup group = new ToggleGroup();
        RadioButton same = radio("sseSame", I18n.t("restore.settings.sseSame"), group);
        RadioButton owned = radio("sseOwned", I18n.t("restore.settings.sseOwned"), group);
        RadioButton managed = radio("sseManaged", I18n.t("restore.settings.sseManaged"), group);
        RadioButton customer = radio("sseCustomer", I18n.t("restore.settings.sseCustomer"), group);
        select(group, Map.of(EncryptionChoice.SAME_AS_SOURCE, same, EncryptionChoice.AWS_OWNED, owned,
                EncryptionChoice.AWS_MANAGED, managed, EncryptionChoice.CUSTOMER_MANAGED, customer), model.encryptionProperty());
        TextField kms = kmsField("kmsField", model.kmsKeyArnProperty(), customer);
        return new VBox(6, section(I18n.t("restore.settings.encryption")), same, owned, managed, customer, kms);
    }

    private static TextField number(String id, javafx.beans.property.StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(6);
        f.textProperty().bindBidirectional(property);
        return f;
    }
}
