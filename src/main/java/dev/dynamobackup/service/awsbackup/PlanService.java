package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.PlanDetails;
import dev.dynamobackup.model.awsbackup.PlanDraft;
import dev.dynamobackup.model.awsbackup.PlanSummary;
import dev.dynamobackup.model.awsbackup.Selection;
import dev.dynamobackup.service.CheckedWrite;
import dev.dynamobackup.service.OutcomeText;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.dynamobackup.service.awsbackup.AwsBackupRules.require;

/** Backup plans: list, read, create and update (validated, region setting checked), delete with their selections. */
public final class PlanService {
    private final AwsClients clients;
    private final RegionSettingsService regionSettings;
    private final SelectionService selections;
    private final IdempotencyTokens tokens = new IdempotencyTokens();

    public PlanService(AwsClients clients, RegionSettingsService regionSettings, SelectionService selections) {
        this.clients = clients;
        this.regionSettings = regionSettings;
        this.selections = selections;
    }

    public List<PlanSummary> list(ConnectionTarget target) {
        return clients.backup(target).listBackupPlansPaginator(r -> { }).backupPlansList().stream()
                .map(p -> new PlanSummary(p.backupPlanId(), p.backupPlanArn(), p.backupPlanName(), p.versionId(),
                        p.creationDate(), p.lastExecutionDate()))
                .toList();
    }

    /** The plan and its rules; {@code withSelections} also lists the tables assigned to it. */
    public PlanDetails get(ConnectionTarget target, String planId, boolean withSelections) {
        var r = clients.backup(target).getBackupPlan(b -> b.backupPlanId(planId));
        List<Selection> assigned = withSelections ? selections.list(target, planId) : List.of();
        return new PlanDetails(r.backupPlanId(), r.backupPlanArn(), r.versionId(), r.creationDate(),
                PlanMapper.fromSdk(r.backupPlan()), assigned);
    }

    /**
     * Creates a plan after checking every rule and, for cold storage or cross-region copies, the
     * region's advanced DynamoDB backup setting. CreatorRequestId makes a retried create idempotent.
     */
    public PlanSummary create(ConnectionTarget target, PlanDraft draft) {
        require(AwsBackupRules.plan(draft, target.region()));
        regionSettings.requireFor(target, draft);
        var r = tokens.send(Arrays.asList(target, draft), requestId ->
                clients.backup(target).createBackupPlan(b -> b.backupPlan(PlanMapper.toInput(draft)).creatorRequestId(requestId)));
        return new PlanSummary(r.backupPlanId(), r.backupPlanArn(), draft.name(), r.versionId(), r.creationDate(), null);
    }

    /** {@link #update(ConnectionTarget, String, PlanDraft, String)} of the plan's latest version, whichever it is. */
    public PlanSummary update(ConnectionTarget target, String planId, PlanDraft draft) {
        return update(target, planId, draft, null);
    }

    /**
     * Replaces the plan's name and rules with the draft, checked as a create is. UpdateBackupPlan replaces the
     * whole plan, so the current version is read first and every setting the draft does not describe is
     * carried over ({@link PlanUpdateInput}); when {@code editedVersionId} is given and the plan has a newer
     * version, nothing is sent (the edit would replace someone's changes). UpdateBackupPlan has no token, so
     * it goes through the write client; when its reply is lost, the plan is read back: showing the draft's
     * rules (as AWS stores them), it was saved; otherwise it is sent once more (the same content cannot do
     * harm twice).
     */
    public PlanSummary update(ConnectionTarget target, String planId, PlanDraft draft, String editedVersionId) {
        require(AwsBackupRules.plan(draft, target.region()));
        regionSettings.requireFor(target, draft);
        var current = clients.backup(target).getBackupPlan(b -> b.backupPlanId(planId));
        if (editedVersionId != null && !editedVersionId.equals(current.versionId())) {
            throw new AwsBackupRefusedException(BackupTexts.text(BackupTexts.PLAN_CHANGED, current.backupPlan().backupPlanName(),
                    editedVersionId, current.versionId()), BackupTexts.text(BackupTexts.PLAN_CHANGED_TODO));
        }
        var input = PlanUpdateInput.of(current.backupPlan(), draft);
        PlanDraft expected = PlanMapper.asStored(draft);
        var writes = clients.backupWrites(target);
        return CheckedWrite.resendable("UpdateBackupPlan " + planId, () -> {
            var r = writes.updateBackupPlan(b -> b.backupPlanId(planId).backupPlan(input));
            return new PlanSummary(r.backupPlanId(), r.backupPlanArn(), draft.name(), r.versionId(), r.creationDate(), null);
        }, () -> {
            PlanDetails now = get(target, planId, false);
            return PlanMapper.asStored(now.plan()).equals(expected) ? Optional.of(new PlanSummary(now.id(), now.arn(), draft.name(),
                    now.versionId(), now.created(), null)) : Optional.empty();
        }, new CheckedWrite.Sentences(OutcomeText.t("awsbackup.plan.update.notFound", planId), OutcomeText.t("awsbackup.plan.update.todo"),
                OutcomeText.t("awsbackup.plan.update.unknown", planId), OutcomeText.t("awsbackup.plan.update.todo")));
    }

    /** AWS deletes a plan only once its selections are gone: those go first. */
    public void delete(ConnectionTarget target, String planId) {
        for (Selection s : selections.list(target, planId)) selections.delete(target, planId, s.id());
        var writes = clients.backupWrites(target);
        CheckedWrite.resendable("DeleteBackupPlan " + planId, BackupWriteChecks.done(() -> writes.deleteBackupPlan(b -> b.backupPlanId(planId))),
                () -> BackupWriteChecks.doneIf(planGone(target, planId)),
                new CheckedWrite.Sentences(OutcomeText.t("awsbackup.plan.delete.notFound", planId),
                        OutcomeText.t("awsbackup.plan.delete.todo"), OutcomeText.t("awsbackup.plan.delete.unknown", planId),
                        OutcomeText.t("awsbackup.plan.delete.todo")));
    }

    /** After an unanswered DeleteBackupPlan: done when GetBackupPlan finds none, or shows its DeletionDate. */
    private boolean planGone(ConnectionTarget target, String planId) {
        var backup = clients.backup(target);
        boolean[] deleted = {false};
        boolean gone = BackupWriteChecks.gone(() -> deleted[0] = backup.getBackupPlan(b -> b.backupPlanId(planId)).deletionDate() != null);
        return gone || deleted[0];
    }
}
