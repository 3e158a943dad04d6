package dev.dynamobackup.ui.common;

import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.model.awsbackup.IamFeature;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.service.awsbackup.IamPolicyGenerator;

import java.util.Optional;

/** Tells an AccessDenied failure apart, so the error dialog and the banners can link to the IAM policy view. */
public final class AccessDeniedHelp {
    private AccessDeniedHelp() {
    }

    /** True when the failed call was refused by IAM (the SDK's details carry AWS's own wording). */
    public static boolean applies(UserMessage message) {
        String details = message == null || message.details() == null ? "" : message.details();
        return details.contains("AccessDenied") || details.contains("not authorized to perform");
    }

    /** The feature of the IAM helper the missing action belongs to, when AWS named the action. */
    public static Optional<IamFeature> feature(UserMessage message) {
        return message == null ? Optional.empty() : ErrorMessages.missingAction(message).flatMap(IamPolicyGenerator::featureNeeding);
    }

    /**
     * Shows {@code link} ("Open IAM helper") on an error banner while its error is an AccessDenied; it
     * asks for the IAM view with that error's feature preselected.
     */
    public static void offer(javafx.scene.control.Button link, Optional<UserMessage> error, dev.dynamobackup.ui.session.UiEvents events) {
        boolean denied = error.filter(AccessDeniedHelp::applies).isPresent();
        link.setVisible(denied);
        link.setManaged(denied);
        link.setOnAction(e -> error.ifPresent(m -> events.publish(new dev.dynamobackup.ui.session.UiEvent.IamHelpRequested(m))));
    }
}
