package dev.dynamobackup.ui.backups;

import dev.dynamobackup.model.awsbackup.RecoveryPoint;
import dev.dynamobackup.service.awsbackup.AwsBackupRules;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.restore.PointRestoreWizard;

import java.util.List;

/**
 * What a backups list does with one recovery point, through AWS Backup: details, delete (typed
 * {@code delete}, as the console asks), restore (the recovery-point restore wizard), copy to a vault.
 * The questions are asked here; the calls are the model's.
 */
final class RecoveryPointActions {
    private final UiContext ctx;
    private final BackupsModel model;

    RecoveryPointActions(UiContext ctx, BackupsModel model) {
        this.ctx = ctx;
        this.model = model;
    }

    void details(RecoveryPoint point) {
        ctx.dialogs().showInfo(I18n.t("points.details.title"), RecoveryPointDetails.text(point));
    }

    /** As the console asks: type {@code delete}, then "Continue to AWS Backup". */
    void delete(RecoveryPoint point) {
        if (ctx.dialogs().confirmTyped(I18n.t("points.delete.title"), I18n.t("points.delete.text", point.arn(), point.vaultName()),
                I18n.t("points.delete.confirm"), List.of(I18n.t("points.delete.word")))) {
            model.deletePoint(point);
        }
    }

    /** The restore wizard of a recovery point: name, key, role, review with the settings replay. */
    void restore(RecoveryPoint point) {
        PointRestoreWizard.open(ctx, point);
    }

    /** Asks for the destination vault's ARN (its region is in the ARN; a copy there is restored there). */
    void copy(RecoveryPoint point) {
        ctx.dialogs().prompt(I18n.t("points.copy.title"), I18n.t("points.copy.header", point.arn(), point.vaultName()),
                        I18n.t("points.copy.label"), "pointCopyVault", arn -> AwsBackupRules.vaultArn(arn).isEmpty())
                .ifPresent(arn -> model.copyPoint(point, arn));
    }
}
