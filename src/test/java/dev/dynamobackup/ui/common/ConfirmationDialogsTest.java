package dev.dynamobackup.ui.common;

import dev.dynamobackup.ui.Screenshots;
import dev.dynamobackup.ui.UiHarness;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dev.dynamobackup.ui.UiRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real confirmation dialogs of {@link FxDialogService}: typed confirmation and the shortening question. */
class ConfirmationDialogsTest extends UiRobot {
    private Stage stage;
    private FxDialogService dialogs;

    @BeforeEach
    void showOwner() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(new StackPane(), 800, 600));
            new ThemeManager().apply(stage.getScene(), dev.dynamobackup.settings.Theme.LIGHT);
            stage.show();
        }).get(10, TimeUnit.SECONDS);
        dialogs = new FxDialogService(() -> stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void disableStaysDisabledUntilTheTableNameOrTheWordIsTypedExactly() throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> answer.complete(dialogs.confirmTyped(
                I18n.t("pitr.disable.title", "Orders"),
                I18n.t("pitr.disable.loss", 35, "2026-11-01 09:30") + "\n\n" + I18n.t("pitr.disable.warning"),
                I18n.t("pitr.disable.confirm"), List.of("Orders", "Disable"))));
        UiHarness.await(10, () -> topDialog().isPresent());

        Button confirm = lookup("#confirmTyped").queryAs(Button.class);
        TextField field = lookup("#typedConfirmation").queryAs(TextField.class);
        assertTrue(confirm.isDisabled());
        clickOn(field).write("disable");
        assertTrue(confirm.isDisabled(), "the match is exact");
        interact(field::clear);
        write("Orders");
        assertFalse(confirm.isDisabled());
        Screenshots.save(topDialog().orElseThrow().getScene(), "pitr-disable-typed-confirmation");
        clickOn(confirm);

        assertTrue(answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void cancellingTheTypedConfirmationAnswersNo() throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> answer.complete(dialogs.confirmTyped("t", "text", "Disable",
                List.of("Orders", "Disable"))));
        UiHarness.await(10, () -> topDialog().isPresent());
        write("Disable");
        interact(() -> ((Button) topDialog().orElseThrow().lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());

        assertFalse(answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void theShorteningQuestionLooksRight() throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> answer.complete(dialogs.confirm(I18n.t("pitr.shorten.title", "Orders"),
                I18n.t("pitr.shorten.text", 35, 7) + "\n\n" + I18n.t("pitr.shorten.lost", 28, 7), I18n.t("pitr.shorten.confirm"))));
        UiHarness.await(10, () -> topDialog().isPresent());
        Screenshots.save(topDialog().orElseThrow().getScene(), "pitr-shorten-confirmation");
        interact(() -> ((Button) topDialog().orElseThrow().lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());

        assertFalse(answer.get(10, TimeUnit.SECONDS));
    }
}
