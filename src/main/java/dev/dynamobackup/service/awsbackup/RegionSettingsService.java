package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.PlanDraft;
import dev.dynamobackup.model.awsbackup.RegionSettings;
import dev.dynamobackup.service.CheckedWrite;
import dev.dynamobackup.service.OutcomeText;

import java.util.Map;

/** The region's AWS Backup settings for DynamoDB, and the check a plan needs before it is saved. */
public final class RegionSettingsService {
    static final String DYNAMODB = "DynamoDB";
    private final AwsClients clients;

    public RegionSettingsService(AwsClients clients) {
        this.clients = clients;
    }

    public RegionSettings describe(ConnectionTarget target) {
        var r = clients.backup(target).describeRegionSettings(b -> { });
        return new RegionSettings(Boolean.TRUE.equals(r.resourceTypeOptInPreference().get(DYNAMODB)),
                Boolean.TRUE.equals(r.resourceTypeManagementPreference().get(DYNAMODB)));
    }

    /** Opts DynamoDB in and turns "advanced DynamoDB backup" on (AWS Backup manages DynamoDB's backups). */
    public RegionSettings enableAdvancedDynamoDb(ConnectionTarget target) {
        var writes = clients.backupWrites(target);
        return CheckedWrite.resendable("UpdateRegionSettings " + target.region(), () -> {
            writes.updateRegionSettings(b -> b.resourceTypeOptInPreference(Map.of(DYNAMODB, true))
                    .resourceTypeManagementPreference(Map.of(DYNAMODB, true)));
            return describe(target);
        }, () -> {
            RegionSettings now = describe(target);
            return now.dynamoDbOptIn() && now.advancedDynamoDb() ? java.util.Optional.of(now) : java.util.Optional.empty();
        }, new CheckedWrite.Sentences(OutcomeText.t("awsbackup.settings.notFound", target.region()),
                OutcomeText.t("awsbackup.settings.todo"), OutcomeText.t("awsbackup.settings.unknown", target.region()),
                OutcomeText.t("awsbackup.settings.todo")));
    }

    /** Refuses a plan with cold storage or a cross-region copy while advanced DynamoDB backup is off. */
    public void requireFor(ConnectionTarget target, PlanDraft plan) {
        if (!plan.needsAdvancedDynamoDbBackup()) return;
        if (!describe(target).advancedDynamoDb()) {
            throw new AwsBackupRefusedException(BackupTexts.text(BackupTexts.ADVANCED_NEEDED, target.region()),
                    BackupTexts.text(BackupTexts.ADVANCED_TODO));
        }
    }
}
