package dev.dynamobackup.ui.restore;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import dev.dynamobackup.ui.common.Banners;
import dev.dynamobackup.ui.common.Problems;
import dev.dynamobackup.ui.common.WizardPage;

import java.util.Map;
import java.util.Optional;

/**
 * A page of a restore wizard: a header, a body bound to the wizard's model, and the condition that
 * keeps Next (or Restore) disabled while the page is not valid. Public for the wizards of other screens
 * that reuse the restore's pages (the snapshot restore).
 */
public abstract class RestorePage extends WizardPage {
    private final String header;

    /** Puts "Step n of m" before the page's title. */
    public void numbered(int step, int of) {
        setHeaderText(dev.dynamobackup.ui.common.I18n.t("restore.step", step, of, header));
    }

    protected RestorePage(String header, ObservableBooleanValue invalid) {
        super(header, invalid);
        this.header = header;
        getStyleClass().add("restore-page");
        setPrefSize(780, 620);
    }

    /** Next (or Restore) stays disabled while the page has a {@code problem}. */
    protected RestorePage(String header, ObservableValue<Optional<String>> problem) {
        this(header, Problems.present(problem));
    }

    /** A red line that shows a problem, hidden while there is none. */
    protected static Label problemLabel(ObservableValue<Optional<String>> problem) {
        Label label = new Label();
        label.getStyleClass().add("restore-problem");
        label.setWrapText(true);
        Banners.show(label, label, problem);
        return label;
    }

    /** A grey explanatory line. */
    protected static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("restore-hint");
        label.setWrapText(true);
        return label;
    }

    /** A two-column form: labels on the left (right-aligned), values on the right. */
    protected static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, values);
        return grid;
    }

    protected static void row(GridPane grid, String label, Node value) {
        int row = grid.getRowCount();
        Label l = new Label(label);
        l.getStyleClass().add("fact-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.addRow(row, l, value);
    }

    /** A bold section title. */
    static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /** A wrapping radio button in {@code group}. */
    static RadioButton radio(String id, String text, ToggleGroup group) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(group);
        r.setWrapText(true);
        r.setMnemonicParsing(false);
        return r;
    }

    /** The KMS key ARN field under its radio button, editable while that button is chosen. */
    static TextField kmsField(String id, StringProperty text, RadioButton enabledBy) {
        TextField kms = new TextField();
        kms.setId(id);
        kms.setPromptText("arn:aws:kms:REGION:ACCOUNT:key/KEY-ID");
        kms.textProperty().bindBidirectional(text);
        kms.disableProperty().bind(enabledBy.selectedProperty().not());
        VBox.setMargin(kms, new Insets(0, 0, 0, 24));
        return kms;
    }

    /** Keeps a toggle group and an enum property in step, both ways. */
    static <E> void select(ToggleGroup group, Map<E, RadioButton> buttons, ObjectProperty<E> property) {
        buttons.get(property.get()).setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> buttons.forEach((value, button) -> {
            if (button == now) property.set(value);
        }));
        property.addListener((obs, old, now) -> {
            Toggle t = buttons.get(now);
            if (t != null && !t.isSelected()) t.setSelected(true);
        });
    }

    protected static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        return l;
    }
}
