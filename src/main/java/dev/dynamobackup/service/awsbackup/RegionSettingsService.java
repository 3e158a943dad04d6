package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.PlanDraft;
import dev.dynamobackup.model.awsbackup.RegionSettings;

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
        clients.backup(target).updateRegionSettings(b -> b.resourceTypeOptInPreference(Map.of(DYNAMODB, true))
                .resourceTypeManagementPreference(Map.of(DYNAMODB, true)));
        return describe(target);
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
