package dev.dynamobackup.ui.common;

import dev.dynamobackup.model.UserMessage;

/** Tells an AccessDenied failure apart, so the error dialog can link to the IAM policy view. */
public final class AccessDeniedHelp {
    private AccessDeniedHelp() {
    }

    /** True when the failed call was refused by IAM (the SDK's details carry AWS's own wording). */
    public static boolean applies(UserMessage message) {
        String details = message.details() == null ? "" : message.details();
        return details.contains("AccessDenied") || details.contains("not authorized to perform");
    }
}
