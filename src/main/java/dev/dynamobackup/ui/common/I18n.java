package dev.dynamobackup.ui.common;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The user-facing texts of the UI ({@code messages.properties}); FXML uses the same bundle with %key. */
public final class I18n {
    public static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.dynamobackup.ui.messages");

    private I18n() {
    }

    public static String t(String key, Object... args) {
        String text = BUNDLE.getString(key);
        return args.length == 0 ? text : MessageFormat.format(text, args);
    }
}
