package dev.dynamobackup.service;

import dev.dynamobackup.aws.AwsClients;

import java.nio.file.Path;

/**
 * The restore and point-in-time recovery services, built together (they share the PITR service) and
 * handed to the UI as one part of its context.
 */
public record RecoveryServices(RestoreService restores, PitrService pitr, SettingsReplayService replay,
                               RestoreHistory history) {

    public static RecoveryServices create(AwsClients clients, InventoryService inventory, Path dataDir) {
        PitrService pitr = new PitrService(clients);
        return new RecoveryServices(new RestoreService(clients, pitr), pitr,
                new SettingsReplayService(clients, inventory, pitr), new RestoreHistory(dataDir));
    }
}
