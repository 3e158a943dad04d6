package dev.dynamobackup.ui.connection;

import dev.dynamobackup.model.Connection;
import dev.dynamobackup.ui.common.I18n;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.net.URI;
import java.util.regex.Pattern;

/** Asks for a custom endpoint URL and region; the Add button stays disabled until both are valid. */
public final class EndpointDialog extends Dialog<Connection> {
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
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
        grid.addRow(0, new Label(I18n.t("endpoint.url")), url);
        grid.addRow(1, new Label(I18n.t("endpoint.region")), region);
        grid.add(problem, 1, 2);
        problem.getStyleClass().add("field-error");
        url.setPrefColumnCount(28);
        getDialogPane().setContent(grid);
        getDialogPane().lookupButton(add).disableProperty().bind(
                javafx.beans.binding.Bindings.createBooleanBinding(this::invalid, url.textProperty(), region.textProperty()));
        setResultConverter(button -> button == add
                ? Connection.endpoint(URI.create(url.getText().trim()), region.getText().trim()) : null);
    }

    private boolean invalid() {
        String why = problemWith(url.getText(), region.getText());
        problem.setText(why == null ? "" : why);
        return why != null;
    }

    /** Why the input cannot be used, or null when it can. */
    static String problemWith(String urlText, String regionText) {
        try {
            URI uri = URI.create(urlText.trim());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return I18n.t("endpoint.invalidUrl");
            }
        } catch (IllegalArgumentException e) {
            return I18n.t("endpoint.invalidUrl");
        }
        return REGION.matcher(regionText.trim()).matches() ? null : I18n.t("endpoint.invalidRegion");
    }
}
