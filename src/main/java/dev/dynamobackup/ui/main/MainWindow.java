package dev.dynamobackup.ui.main;

import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.I18n;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Loads the main window's FXML and wires its controller to a new model: one place for the app and the tests. */
public record MainWindow(Parent root, MainController controller, MainModel model) {

    public static MainWindow load(UiContext ctx) {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("/dev/dynamobackup/ui/main/MainWindow.fxml"), I18n.BUNDLE);
        try {
            Parent root = loader.load();
            MainController controller = loader.getController();
            MainModel model = new MainModel(ctx);
            controller.init(ctx, model);
            return new MainWindow(root, controller, model);
        } catch (IOException e) {
            throw new UncheckedIOException("The main window's FXML could not be loaded", e);
        }
    }
}
