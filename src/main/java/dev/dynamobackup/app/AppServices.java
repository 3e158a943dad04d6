package dev.dynamobackup.app;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.aws.EmbeddedSandbox;
import dev.dynamobackup.service.BackupService;
import dev.dynamobackup.service.ConnectionService;
import dev.dynamobackup.service.DemoTableSeeder;
import dev.dynamobackup.service.InventoryService;
import dev.dynamobackup.service.RecoveryServices;
import dev.dynamobackup.service.RegionService;
import dev.dynamobackup.service.SandboxService;
import dev.dynamobackup.service.snapshot.SnapshotService;
import dev.dynamobackup.settings.AppDirs;

/** The services, built once (cheaply: clients and the sandbox start on first use) and closed on exit. */
public record AppServices(AwsClients clients, ConnectionService connections, RegionService regions,
                          InventoryService inventory, SandboxService sandbox,
                          BackupService backups, RecoveryServices recovery, SnapshotService snapshots)
        implements AutoCloseable {

    public static AppServices create(ClientOptions options, AppDirs dirs) {
        EmbeddedSandbox sandbox = new EmbeddedSandbox(dirs.sandboxDir(), DemoTableSeeder::seedClient);
        AwsClients clients = new AwsClients(options, sandbox);
        InventoryService inventory = new InventoryService(clients);
        RecoveryServices recovery = RecoveryServices.create(clients, inventory, dirs.dataDir());
        return new AppServices(clients, new ConnectionService(), new RegionService(), inventory,
                new SandboxService(sandbox), new BackupService(clients), recovery,
                new SnapshotService(clients, recovery.replay(), dirs.dataDir()));
    }

    @Override
    public void close() {
        inventory.close();
        clients.close();
    }
}
