package dev.dynamobackup.service;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.aws.EmbeddedSandbox;
import dev.dynamobackup.service.awsbackup.AwsBackupServices;
import dev.dynamobackup.service.snapshot.SnapshotService;
import dev.dynamobackup.settings.AppDirs;


/**
 * Every service of the app, built once (cheaply: clients and the sandbox start on first use) and closed
 * on exit: the one factory for the GUI, the command line and the tests. A new service (AWS Backup,
 * snapshots) is added here, as a component built in the private {@code create}.
 */
public record AppServices(AwsClients clients, ConnectionService connections, RegionService regions,
                          InventoryService inventory, SandboxService sandbox,
                          BackupService backups, RecoveryServices recovery,
                          AwsBackupServices awsBackup, SnapshotService snapshots) implements AutoCloseable {

    /**
     * For the app and the command line alike: the embedded sandbox is seeded with the demo tables on its
     * first start (the CLI's --sandbox opens it only while the GUI does not hold its lock).
     */
    public static AppServices create(ClientOptions options, AppDirs dirs) {
        EmbeddedSandbox sandbox = new EmbeddedSandbox(dirs.sandboxDir(), DemoTableSeeder::seedClient);
        AwsClients clients = new AwsClients(options, sandbox);
        InventoryService inventory = new InventoryService(clients);
        BackupService backups = new BackupService(clients);
        RecoveryServices recovery = RecoveryServices.create(clients, inventory, dirs.dataDir());
        return new AppServices(clients, new ConnectionService(), new RegionService(), inventory,
                new SandboxService(sandbox), backups, recovery, AwsBackupServices.create(clients, backups),
                new SnapshotService(clients, recovery.replay(), dirs.dataDir()));
    }

    @Override
    public void close() {
        inventory.close();
        clients.close();
    }
}
