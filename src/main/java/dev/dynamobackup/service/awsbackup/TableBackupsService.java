package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.BackupFilter;
import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.RecoveryPoint;
import dev.dynamobackup.model.awsbackup.TableBackup;
import dev.dynamobackup.service.BackupService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One backup list per table: DynamoDB's native backups and AWS Backup's recovery points together,
 * newest first. A point listed by both (AWS_BACKUP rows of ListBackups) appears once, as the point.
 */
public final class TableBackupsService {
    private final AwsClients clients;
    private final BackupService backups;
    private final RecoveryPointService points;

    public TableBackupsService(AwsClients clients, BackupService backups, RecoveryPointService points) {
        this.clients = clients;
        this.backups = backups;
        this.points = points;
    }

    public List<TableBackup> list(ConnectionTarget target, String tableName) throws InterruptedException {
        String tableArn = clients.dynamoDb(target).describeTable(b -> b.tableName(tableName)).table().tableArn();
        List<TableBackup> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (clients.capabilities(target.connection()).awsBackup()) {
            for (RecoveryPoint p : points.listByTable(target, tableArn)) {
                seen.add(p.arn());
                rows.add(new TableBackup(TableBackup.Source.AWS_BACKUP, p.arn(), name(p), p.status(), p.sizeBytes(),
                        p.created(), p.vaultName(), p.deleteDate()));
            }
        }
        for (BackupSummary b : backups.list(target, new BackupFilter(tableName, null, null, null), page -> { })) {
            if (seen.add(b.arn())) {
                rows.add(new TableBackup(b.ownedByAwsBackup() ? TableBackup.Source.AWS_BACKUP : TableBackup.Source.NATIVE,
                        b.arn(), b.name(), b.status(), b.sizeBytes(), b.created(), null, b.expiry()));
            }
        }
        rows.sort(Comparator.comparing(TableBackup::created, Comparator.nullsLast(Comparator.reverseOrder())));
        return rows;
    }

    private static String name(RecoveryPoint p) {
        String id = p.arn().substring(p.arn().lastIndexOf(':') + 1);
        return (p.resourceName() == null ? "" : p.resourceName() + " ") + "(" + id + ")";
    }
}
