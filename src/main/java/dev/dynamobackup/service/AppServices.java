package dev.dynamobackup.service;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.aws.EmbeddedSandbox;
import dev.dynamobackup.service.awsbackup.AwsBackupServices;
import dev.dynamobackup.settings.AppDirs;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.function.Consumer;

/**
 * Every service of the app, built once (cheaply: clients and the sandbox start on first use) and closed
 * on exit: the one factory for the GUI, the command line and the tests. A new service (AWS Backup,
 * snapshots) is added here, as a component built in the private {@code create}.
 */
public record AppServices(AwsClients clients, ConnectionService connections, RegionService regions,
                          InventoryService inventory, SandboxService sandbox,
                          BackupService backups, RecoveryServices recovery,
                          AwsBackupServices awsBackup) implements AutoCloseable {

    /** For the app: the embedded sandbox is seeded with the demo tables on its first start. */
    public static AppServices create(ClientOptions options, AppDirs dirs) {
        return create(options, dirs, DemoTableSeeder::seedClient);
    }

    /** For the command line: the sandbox is never seeded there (the GUI may hold its database). */
    public static AppServices forCommandLine(ClientOptions options, AppDirs dirs) {
        return create(options, dirs, client -> { });
    }

    private static AppServices create(ClientOptions options, AppDirs dirs, Consumer<DynamoDbClient> sandboxSeeder) {
        EmbeddedSandbox sandbox = new EmbeddedSandbox(dirs.sandboxDir(), sandboxSeeder);
        AwsClients clients = new AwsClients(options, sandbox);
        InventoryService inventory = new InventoryService(clients);
        BackupService backups = new BackupService(clients);
        return new AppServices(clients, new ConnectionService(), new RegionService(), inventory,
                new SandboxService(sandbox), backups, RecoveryServices.create(clients, inventory, dirs.dataDir()),
                AwsBackupServices.create(clients, backups));
    }

    @Override
    public void close() {
        inventory.close();
        clients.close();
    }
}
