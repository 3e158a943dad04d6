package dev.dynamobackup.ui.common;

import dev.dynamobackup.aws.ErrorTranslator;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.UserMessage;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dev.dynamobackup.ui.UiRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An AccessDenied error dialog offers "IAM policy…", which opens the IAM policy view; other errors do not. */
class AccessDeniedLinkTest extends UiRobot {
    private Stage stage;
    private FxDialogService dialogs;
    private final java.util.concurrent.atomic.AtomicReference<UserMessage> opened = new java.util.concurrent.atomic.AtomicReference<>();

    @BeforeEach
    void showOwner() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(new StackPane(), 800, 600));
            stage.show();
        }).get(10, TimeUnit.SECONDS);
        dialogs = new FxDialogService(() -> stage);
        dialogs.setIamHelp(opened::set);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static UserMessage translated(String code, String message) {
        DynamoDbException e = (DynamoDbException) DynamoDbException.builder().statusCode(400).message(message)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build()).build();
        return ErrorTranslator.translate(e, Connection.endpoint(URI.create("http://127.0.0.1:1"), "us-east-1"), "us-east-1");
    }

    @Test
    void accessDeniedLinksToTheIamPolicyView() throws Exception {
        UserMessage denied = translated("AccessDeniedException",
                "User: arn:aws:iam::123456789012:user/dev is not authorized to perform: dynamodb:ListBackups");
        assertTrue(denied.what().contains("dynamodb:ListBackups"), denied.what());
        javafx.application.Platform.runLater(() -> dialogs.showError("Backups could not be listed", denied));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> topDialog().isPresent());
        DialogPane pane = topDialog().orElseThrow();
        dev.dynamobackup.ui.Screenshots.save(pane.getScene(), "access-denied-error");
        Button link = (Button) pane.lookup("#openIamPolicy");
        interact(link::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.get() != null);
        // the IAM view is asked for with the denied error: its feature is the one preselected
        assertEquals(Optional.of(dev.dynamobackup.model.awsbackup.IamFeature.NATIVE_BACKUPS), AccessDeniedHelp.feature(opened.get()));
    }

    @Test
    void otherErrorsHaveNoIamLink() {
        assertFalse(AccessDeniedHelp.applies(translated("ResourceNotFoundException", "Requested resource not found")));
        assertTrue(AccessDeniedHelp.applies(translated("AccessDeniedException", "not authorized to perform: backup:ListBackupVaults")));
    }
}
