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

import static dev.dynamobackup.service.awsbackup.AwsBackupRules.require;

/** Backup plans: list, read, create (validated, region setting checked), delete with their selections. */
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
