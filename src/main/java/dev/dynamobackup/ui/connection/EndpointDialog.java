package dev.dynamobackup.ui.connection;

import java.util.Optional;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.service.validation.EndpointRule;
import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.service.validation.RegionRule;
import dev.dynamobackup.ui.common.I18n;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

import java.net.URI;

/** Asks for a custom endpoint URL and region; the Add button stays disabled until both are valid. */
public final class EndpointDialog extends Dialog<Connection> {
    private final TextField url = new TextField("http://localhost:8000");
    private final TextField region = new TextField("us-east-1");
    private final Label problem = new Label();

    public EndpointDialog() {
        setTitle(I18n.t("endpoint.title"));
        setHeaderText(I18n.t("endpoint.header"));
        ButtonType add = new ButtonType(I18n.t("endpoint.add"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, add);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        Label urlLabel = new Label(I18n.t("endpoint.url"));
        Label regionLabel = new Label(I18n.t("endpoint.region"));
        urlLabel.setMinWidth(Region.USE_PREF_SIZE); // a long problem sentence must not squeeze the labels
        regionLabel.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(0, urlLabel, url);
        grid.addRow(1, regionLabel, region);
        grid.add(problem, 1, 2);
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.maxWidthProperty().bind(url.widthProperty());
        // the sentences differ in length: let the window follow, so none is cut off
        problem.textProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            // after the layout pass that measured the new text
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        url.setPrefColumnCount(28);
        getDialogPane().setContent(grid);
        getDialogPane().lookupButton(add).disableProperty().bind(
                javafx.beans.binding.Bindings.createBooleanBinding(this::invalid, url.textProperty(), region.textProperty()));
        setResultConverter(button -> button == add
                ? Connection.endpoint(URI.create(url.getText().trim()), region.getText().trim()) : null);
    }

    private boolean invalid() {
        Optional<String> why = problemWith(url.getText(), region.getText());
        problem.setText(why.orElse(""));
        return why.isPresent();
    }

    /** Why the input cannot be used, or empty when it can: the same rules as the CLI's --endpoint and --region. */
    static Optional<String> problemWith(String urlText, String regionText) {
        return EndpointRule.check(urlText)
                .or(() -> RegionRule.check(regionText, true))
                .map(ProblemText::of);
    }
}
