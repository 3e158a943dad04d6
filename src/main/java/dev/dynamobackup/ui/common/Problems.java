package dev.dynamobackup.ui.common;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The house's one convention for "no problem", in models and views alike: an empty {@link Optional}
 * (never null, never ""), as the validators return it. These build and read such values.
 */
public final class Problems {
    private Problems() {
    }

    /** A problem computed from {@code dependencies}: {@code find} returns it, or empty when there is none. */
    public static <T> ObjectBinding<Optional<T>> binding(Callable<Optional<T>> find, Observable... dependencies) {
        return Bindings.createObjectBinding(find, dependencies);
    }

    /** True while there is a problem (Next disabled, a field marked invalid, a banner shown). */
    public static BooleanBinding present(ObservableValue<? extends Optional<?>> problem) {
        return Bindings.createBooleanBinding(() -> problem.getValue().isPresent(), problem);
    }

    /** The problem's text for a label: empty when there is none. */
    public static ObservableValue<String> text(ObservableValue<Optional<String>> problem) {
        return problem.map(p -> p.orElse(""));
    }
}
