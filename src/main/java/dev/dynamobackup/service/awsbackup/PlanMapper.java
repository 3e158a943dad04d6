package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.model.awsbackup.CopyRule;
import dev.dynamobackup.model.awsbackup.Lifecycle;
import dev.dynamobackup.model.awsbackup.PlanDraft;
import dev.dynamobackup.model.awsbackup.PlanRule;
import software.amazon.awssdk.services.backup.model.BackupPlan;
import software.amazon.awssdk.services.backup.model.BackupPlanInput;
import software.amazon.awssdk.services.backup.model.BackupRule;
import software.amazon.awssdk.services.backup.model.BackupRuleInput;
import software.amazon.awssdk.services.backup.model.CopyAction;

/** Plans between the app's records and the SDK's shapes, both ways. */
final class PlanMapper {
    private PlanMapper() {
    }

    static BackupPlanInput toInput(PlanDraft draft) {
        return BackupPlanInput.builder().backupPlanName(draft.name())
                .rules(draft.rules().stream().map(PlanMapper::toInput).toList()).build();
    }

    private static BackupRuleInput toInput(PlanRule r) {
        return BackupRuleInput.builder().ruleName(r.name()).targetBackupVaultName(r.vaultName())
                .scheduleExpression(r.schedule()).scheduleExpressionTimezone(r.timeZone())
                .startWindowMinutes(VaultService.toLong(r.startWindowMinutes()))
                .completionWindowMinutes(VaultService.toLong(r.completionWindowMinutes()))
                .lifecycle(toSdk(r.lifecycle()))
                .copyActions(r.copies().stream().map(c -> CopyAction.builder().destinationBackupVaultArn(c.destinationVaultArn())
                        .lifecycle(toSdk(c.lifecycle())).build()).toList())
                .build();
    }

    static software.amazon.awssdk.services.backup.model.Lifecycle toSdk(Lifecycle l) {
        if (l == null || (l.coldAfterDays() == null && l.deleteAfterDays() == null)) return null;
        return software.amazon.awssdk.services.backup.model.Lifecycle.builder()
                .moveToColdStorageAfterDays(VaultService.toLong(l.coldAfterDays()))
                .deleteAfterDays(VaultService.toLong(l.deleteAfterDays())).build();
    }

    static Lifecycle fromSdk(software.amazon.awssdk.services.backup.model.Lifecycle l) {
        if (l == null) return Lifecycle.KEEP_FOREVER;
        return new Lifecycle(VaultService.toInt(l.moveToColdStorageAfterDays()), VaultService.toInt(l.deleteAfterDays()));
    }

    static PlanDraft fromSdk(BackupPlan plan) {
        return new PlanDraft(plan.backupPlanName(), plan.rules().stream().map(PlanMapper::fromSdk).toList());
    }

    private static PlanRule fromSdk(BackupRule r) {
        return new PlanRule(r.ruleName(), r.targetBackupVaultName(), r.scheduleExpression(), r.scheduleExpressionTimezone(),
                VaultService.toInt(r.startWindowMinutes()), VaultService.toInt(r.completionWindowMinutes()),
                fromSdk(r.lifecycle()),
                r.copyActions().stream().map(c -> new CopyRule(c.destinationBackupVaultArn(), fromSdk(c.lifecycle()))).toList());
    }

    /**
     * The plan as AWS Backup stores it, to compare a draft with a plan read back: a rule sent without windows
     * is stored with the defaults (480 and 10,080 minutes), and no time zone is UTC under either of its names.
     */
    static PlanDraft asStored(PlanDraft plan) {
        return new PlanDraft(plan.name(), plan.rules().stream().map(r -> new PlanRule(r.name(), r.vaultName(), r.schedule(),
                utcAsNull(r.timeZone()), r.startWindowMinutes() == null ? DEFAULT_START_WINDOW : r.startWindowMinutes(),
                r.completionWindowMinutes() == null ? DEFAULT_COMPLETION_WINDOW : r.completionWindowMinutes(),
                r.lifecycle(), r.copies())).toList());
    }

    static final int DEFAULT_START_WINDOW = 480;
    static final int DEFAULT_COMPLETION_WINDOW = 10_080;

    private static String utcAsNull(String zone) {
        return zone == null || zone.isBlank() || zone.equals("UTC") || zone.equals("Etc/UTC") ? null : zone;
    }
}
