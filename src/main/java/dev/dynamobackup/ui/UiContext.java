package dev.dynamobackup.ui;

import dev.dynamobackup.service.BackupService;
import dev.dynamobackup.service.ConnectionService;
import dev.dynamobackup.service.InventoryService;
import dev.dynamobackup.service.RecoveryServices;
import dev.dynamobackup.service.RegionService;
import dev.dynamobackup.service.SandboxService;
import dev.dynamobackup.settings.AppDirs;
import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.tasks.StatusPoller;
import dev.dynamobackup.tasks.TaskRunner;
import dev.dynamobackup.ui.common.DialogService;
import dev.dynamobackup.ui.session.SessionState;
import dev.dynamobackup.ui.session.UiEvents;

import java.util.function.Consumer;

/**
 * What the screens need, built once by the app and handed to each controller. Tests build one with
 * their own dialog service and task runner.
 *
 * @param poller       the app's one status poller (follows transient tables, backups, restores)
 * @param settings     the live settings object (saved by the app on exit and on change)
 * @param saveSettings writes {@code settings} to disk
 * @param openDocument opens a file or URL with the desktop (HostServices in the app)
 * @param backups      DynamoDB's on-demand backups (list, create, delete)
 * @param recovery     restore, PITR, settings replay and the restore history
 * @param events       this UI's event bus (screens tell each other what changed)
 * @param session      the connection, region, tables and selection every screen reads
 */
public record UiContext(TaskRunner tasks, StatusPoller poller, DialogService dialogs, ConnectionService connections,
                        RegionService regions, InventoryService inventory, SandboxService sandbox,
                        AppDirs dirs, Settings settings, Runnable saveSettings, Consumer<String> openDocument,
                        BackupService backups, RecoveryServices recovery, UiEvents events, SessionState session) {

    /** With a new event bus and an empty session. */
    public UiContext(TaskRunner tasks, StatusPoller poller, DialogService dialogs, ConnectionService connections,
                     RegionService regions, InventoryService inventory, SandboxService sandbox,
                     AppDirs dirs, Settings settings, Runnable saveSettings, Consumer<String> openDocument,
                     BackupService backups, RecoveryServices recovery) {
        this(tasks, poller, dialogs, connections, regions, inventory, sandbox, dirs, settings, saveSettings, openDocument,
                backups, recovery, new UiEvents());
    }

    private UiContext(TaskRunner tasks, StatusPoller poller, DialogService dialogs, ConnectionService connections,
                      RegionService regions, InventoryService inventory, SandboxService sandbox,
                      AppDirs dirs, Settings settings, Runnable saveSettings, Consumer<String> openDocument,
                      BackupService backups, RecoveryServices recovery, UiEvents events) {
        this(tasks, poller, dialogs, connections, regions, inventory, sandbox, dirs, settings, saveSettings, openDocument,
                backups, recovery, events, new SessionState(events));
    }
}
