package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.service.BackupService;

import java.time.Clock;

/** The AWS Backup services, built once over the app's clients (the GUI and the CLI share this). */
public record AwsBackupServices(VaultService vaults, RegionSettingsService regionSettings, SelectionService selections,
                                PlanService plans, RecoveryPointService recoveryPoints, JobService jobs,
                                TableBackupsService tableBackups) {

    public static AwsBackupServices create(AwsClients clients, BackupService backups) {
        VaultService vaults = new VaultService(clients);
        RegionSettingsService settings = new RegionSettingsService(clients);
        SelectionService selections = new SelectionService(clients);
        RecoveryPointService points = new RecoveryPointService(clients, vaults, Clock.systemUTC());
        return new AwsBackupServices(vaults, settings, selections, new PlanService(clients, settings, selections), points,
                new JobService(clients), new TableBackupsService(clients, backups, points));
    }
}
