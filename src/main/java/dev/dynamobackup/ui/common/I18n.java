package dev.dynamobackup.ui.common;

import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.ResourceBundle;

/**
 * The user-facing texts of the UI ({@code messages.properties}). Every text goes through MessageFormat,
 * with or without arguments and from code or FXML alike, so a text has one spelling: an apostrophe is
 * always written {@code ''} (MessagesConsistencyTest fails on a single one).
 */
public final class I18n {
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("dev.dynamobackup.ui.messages");

    /** For FXMLLoader ({@code %key}): the same texts, formatted as {@link #t} formats them. */
    public static final ResourceBundle BUNDLE = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return TEXTS.containsKey(key) ? t(key) : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            return TEXTS.getKeys();
        }
    };

    private I18n() {
    }

    public static String t(String key, Object... args) {
        return MessageFormat.format(TEXTS.getString(key), args);
    }
}
