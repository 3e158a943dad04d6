package dev.dynamobackup.ui.main;

import dev.dynamobackup.ui.UiContext;
import javafx.scene.Parent;

/** Builds the main window and wires its controller to a new model: one place for the app and the tests. */
public record MainWindow(Parent root, MainController controller, MainModel model) {

    /**
     * The frame only (menus, toolbar, tab headers, status bar): what the app puts on screen first; the
     * table list follows with {@link MainController#attachTableList()}.
     */
    public static MainWindow loadFrame(UiContext ctx) {
        MainFrame frame = new MainFrame();
        MainController controller = new MainController(frame);
        MainModel model = new MainModel(ctx);
        controller.init(ctx, model);
        return new MainWindow(frame.root(), controller, model);
    }

    /** The whole window, the table list attached (the tests and benchmarks). */
    public static MainWindow load(UiContext ctx) {
        MainWindow window = loadFrame(ctx);
        window.controller().attachTableList();
        return window;
    }
}
