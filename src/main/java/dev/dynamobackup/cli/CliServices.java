package dev.dynamobackup.cli;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.service.InventoryService;
import dev.dynamobackup.service.PitrService;
import dev.dynamobackup.service.RestoreHistory;
import dev.dynamobackup.service.RestoreService;
import dev.dynamobackup.service.SettingsReplayService;
import dev.dynamobackup.service.snapshot.SnapshotService;
import dev.dynamobackup.settings.AppDirs;

/** The services the restore and PITR commands use, built for one command and closed after it. */
final class CliServices implements AutoCloseable {
    final AwsClients clients = CliRuntime.clients(ClientOptions.forApp());
    final InventoryService inventory = new InventoryService(clients);
    final PitrService pitr = new PitrService(clients);
    final RestoreService restores = new RestoreService(clients, pitr);
    final SettingsReplayService replay = new SettingsReplayService(clients, inventory, pitr);
    /** The same history file as the GUI, so restores made from scripts count too. */
    final RestoreHistory history = new RestoreHistory(AppDirs.detect().dataDir());
    final SnapshotService snapshots = new SnapshotService(clients, replay, AppDirs.detect().dataDir());

    /** Snapshot file operations that make no AWS call (verify, list): no client is ever built. */
    static SnapshotService snapshotFiles() {
        return new SnapshotService(null, null, AppDirs.detect().dataDir());
    }

    @Override
    public void close() {
        inventory.close();
        clients.close();
    }
}
