package dev.dynamobackup.ui.common;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Labeled;

import java.util.Optional;
import java.util.function.Function;

/**
 * A message a view shows only while there is one (why the view is unavailable, the last load's
 * failure): the banner takes no room while the message is empty. The banner may be the label itself.
 */
public final class Banners {
    private Banners() {
    }

    /** Shows {@code banner} while {@code message} is present, its text in {@code label}; returns "present". */
    public static BooleanBinding show(Node banner, Labeled label, ObservableValue<Optional<String>> message) {
        return show(banner, label, message, Function.identity());
    }

    /** As {@link #show(Node, Labeled, ObservableValue)}, for a message that {@code text} puts in words. */
    public static <T> BooleanBinding show(Node banner, Labeled label, ObservableValue<Optional<T>> message,
                                          Function<? super T, String> text) {
        BooleanBinding present = Problems.present(message);
        banner.visibleProperty().bind(present);
        banner.managedProperty().bind(present);
        label.textProperty().bind(message.map(m -> m.<String>map(text).orElse("")));
        return present;
    }
}
