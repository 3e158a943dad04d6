package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.Selection;
import dev.dynamobackup.model.awsbackup.SelectionRequest;
import dev.dynamobackup.model.awsbackup.TagCondition;
import dev.dynamobackup.service.CheckedWrite;
import dev.dynamobackup.service.OutcomeText;
import software.amazon.awssdk.services.backup.model.BackupSelection;
import software.amazon.awssdk.services.backup.model.Condition;
import software.amazon.awssdk.services.backup.model.ConditionType;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static dev.dynamobackup.service.awsbackup.AwsBackupRules.require;

/** Backup selections: which tables (by ARN or tag) a plan backs up, and with which IAM role. */
public final class SelectionService {
    /** The role AWS Backup's console creates; used when the user names none. */
    public static final String DEFAULT_ROLE_PATH = "service-role/AWSBackupDefaultServiceRole";
    private final AwsClients clients;
    private final IdempotencyTokens tokens = new IdempotencyTokens();

    public SelectionService(AwsClients clients) {
        this.clients = clients;
    }

    /** The default role in the plan's account (taken from the plan's ARN: no extra STS call). */
    public static String defaultRoleArn(String planArn) {
        String[] parts = planArn.split(":");
        String partition = parts.length > 1 ? parts[1] : "aws";
        String account = parts.length > 4 ? parts[4] : "";
        return "arn:" + partition + ":iam::" + account + ":role/" + DEFAULT_ROLE_PATH;
    }

    /** Checks the request (no call) and returns the problem, if any. */
    public static java.util.Optional<String> check(SelectionRequest request) {
        if (request.tableArns().isEmpty() && request.tags().isEmpty()) {
            return java.util.Optional.of(BackupTexts.text(BackupTexts.SELECTION_EMPTY));
        }
        for (String arn : request.tableArns()) {
            var problem = AwsBackupRules.tableArn(arn);
            if (problem.isPresent()) return problem;
        }
        if (request.name() != null) {
            var problem = AwsBackupRules.planName(request.name());
            if (problem.isPresent()) return problem;
        }
        return request.iamRoleArn() == null ? java.util.Optional.empty() : AwsBackupRules.roleArn(request.iamRoleArn());
    }

    /** Assigns the tables to the plan; CreatorRequestId makes a retried call idempotent. */
    public Selection assign(ConnectionTarget target, SelectionRequest request) {
        require(check(request));
        var backup = clients.backup(target);
        String role = request.iamRoleArn() != null ? request.iamRoleArn()
                : defaultRoleArn(backup.getBackupPlan(b -> b.backupPlanId(request.planId())).backupPlanArn());
        String name = request.name() != null ? request.name() : "dbm-tables-" + UUID.randomUUID().toString().substring(0, 8);
        BackupSelection selection = BackupSelection.builder().selectionName(name).iamRoleArn(role)
                .resources(request.tableArns())
                .listOfTags(request.tags().stream().map(t -> Condition.builder().conditionType(ConditionType.STRINGEQUALS)
                        .conditionKey(t.key()).conditionValue(t.value()).build()).toList())
                .build();
        var r = tokens.send(Arrays.asList(target, request), requestId ->
                backup.createBackupSelection(b -> b.backupPlanId(request.planId()).backupSelection(selection)
                        .creatorRequestId(requestId)));
        return get(target, request.planId(), r.selectionId());
    }

    public Selection get(ConnectionTarget target, String planId, String selectionId) {
        var r = clients.backup(target).getBackupSelection(b -> b.backupPlanId(planId).selectionId(selectionId));
        BackupSelection s = r.backupSelection();
        return new Selection(r.selectionId(), r.backupPlanId(), s.selectionName(), s.iamRoleArn(), s.resources(),
                s.listOfTags().stream().map(c -> new TagCondition(c.conditionKey(), c.conditionValue())).toList(),
                r.creationDate());
    }

    public List<Selection> list(ConnectionTarget target, String planId) {
        return clients.backup(target).listBackupSelectionsPaginator(b -> b.backupPlanId(planId)).backupSelectionsList()
                .stream().map(s -> get(target, planId, s.selectionId())).toList();
    }

    public void delete(ConnectionTarget target, String planId, String selectionId) {
        var writes = clients.backupWrites(target);
        var backup = clients.backup(target);
        CheckedWrite.resendable("DeleteBackupSelection " + selectionId,
                BackupWriteChecks.done(() -> writes.deleteBackupSelection(b -> b.backupPlanId(planId).selectionId(selectionId))),
                () -> BackupWriteChecks.doneIf(BackupWriteChecks.gone(
                        () -> backup.getBackupSelection(b -> b.backupPlanId(planId).selectionId(selectionId)))),
                new CheckedWrite.Sentences(OutcomeText.t("awsbackup.selection.delete.notFound", selectionId, planId),
                        OutcomeText.t("awsbackup.selection.delete.todo"),
                        OutcomeText.t("awsbackup.selection.delete.unknown", selectionId, planId),
                        OutcomeText.t("awsbackup.selection.delete.todo")));
    }

    /** A table's ARN from its name (DescribeTable), or the ARN itself when one is given. */
    public String tableArn(ConnectionTarget target, String tableNameOrArn) {
        if (tableNameOrArn.startsWith("arn:")) {
            require(AwsBackupRules.tableArn(tableNameOrArn));
            return tableNameOrArn;
        }
        return clients.dynamoDb(target).describeTable(b -> b.tableName(tableNameOrArn)).table().tableArn();
    }
}
