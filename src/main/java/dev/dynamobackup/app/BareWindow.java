package dev.dynamobackup.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A bare JavaFX window that prints {@code first-frame-ms=N} and exits: the yardstick the start-up
 * benchmark compares the app against, on the same JVM and machine. Started by {@code Launcher --bare}.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("toolkit");
        Scene scene = new Scene(new StackPane(new Label("bare")), 400, 300);
        FirstFrame.whenShown(scene, ms -> {
            FirstFrame.printSmokeReport(ms);
            Platform.exit();
        });
        stage.setScene(scene);
        stage.show();
    }
}
