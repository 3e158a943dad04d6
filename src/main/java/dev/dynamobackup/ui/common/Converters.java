package dev.dynamobackup.ui.common;

import javafx.util.StringConverter;

import java.util.function.Function;

/** Converters for choice and combo boxes that only show values (nothing is typed back). */
public final class Converters {
    private Converters() {
    }

    /** Shows each value as {@code text} says (null included); never parses. */
    public static <T> StringConverter<T> showing(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
