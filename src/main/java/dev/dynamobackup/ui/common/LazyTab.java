package dev.dynamobackup.ui.common;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Tab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * A tab whose FXML is loaded the first time it is selected (or its controller is asked for), not with
 * the window: the first frame does without the views of hidden tabs (their controls, skins and CSS).
 *
 * @param <C> the FXML's controller
 */
public final class LazyTab<C> {
    private final Tab tab;
    private final String fxml;
    private final Consumer<C> init;
    private C controller;

    /** {@code init} wires the controller once, right after loading, on the FX thread. */
    public LazyTab(Tab tab, String fxml, Consumer<C> init) {
        this.tab = tab;
        this.fxml = fxml;
        this.init = init;
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) controller();
        });
        if (tab.isSelected()) controller();
    }

    /** The controller, loading the tab's content first when needed. */
    public C controller() {
        if (controller == null) {
            FXMLLoader loader = new FXMLLoader(LazyTab.class.getResource(fxml), I18n.BUNDLE);
            try {
                Parent content = loader.load();
                tab.setContent(content);
            } catch (IOException e) {
                throw new UncheckedIOException("The FXML " + fxml + " could not be loaded", e);
            }
            controller = loader.getController();
            init.accept(controller);
        }
        return controller;
    }
}
