package dev.dynamobackup.ui.main;

import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.ui.common.AccessDeniedHelp;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.session.UiEvents;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

import java.util.Optional;

/**
 * The tables tab's banners: the load error (with "Open IAM helper" when IAM refused the call) and the
 * note that the endpoint has tables and items only.
 */
final class MainBanners {
    private final HBox errorBanner;
    private final Label errorText;
    private final Button openIam;
    private final UiEvents events;

    MainBanners(HBox errorBanner, Label errorText, Button openIam, UiEvents events) {
        this.errorBanner = errorBanner;
        this.errorText = errorText;
        this.openIam = openIam;
        this.events = events;
    }

    void bind(MainModel model, HBox infoBanner, Label infoText) {
        model.loadErrorProperty().addListener((obs, old, now) -> showError(now));
        model.capabilitiesProperty().addListener((obs, old, now) -> show(infoBanner, infoText,
                now.backups() ? Optional.empty() : Optional.of(I18n.t("status.sandboxInfo"))));
        showError(model.loadErrorProperty().get());
    }

    private void showError(Optional<UserMessage> error) {
        show(errorBanner, errorText, error.map(UserMessage::sentence));
        AccessDeniedHelp.offer(openIam, error, events);
    }

    private static void show(HBox banner, Label text, Optional<String> message) {
        text.setText(message.orElse(""));
        banner.setVisible(message.isPresent());
        banner.setManaged(message.isPresent());
    }
}
