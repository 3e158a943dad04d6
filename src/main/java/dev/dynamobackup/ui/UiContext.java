package dev.dynamobackup.ui;

import dev.dynamobackup.service.AppServices;
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
 * @param services     every service of the app (the same factory builds them for the CLI)
 * @param poller       the app's one status poller (follows transient tables, backups, restores)
 * @param settings     the live settings object (saved by the app on exit and on change)
 * @param saveSettings writes {@code settings} to disk
 * @param openDocument opens a file or URL with the desktop (HostServices in the app)
 * @param events       this UI's event bus (screens tell each other what changed)
 * @param session      the connection, region, tables and selection every screen reads
 */
public record UiContext(AppServices services, TaskRunner tasks, StatusPoller poller, DialogService dialogs,
                        AppDirs dirs, Settings settings, Runnable saveSettings, Consumer<String> openDocument,
                        UiEvents events, SessionState session) {

    /** With a new event bus and an empty session. */
    public UiContext(AppServices services, TaskRunner tasks, StatusPoller poller, DialogService dialogs,
                     AppDirs dirs, Settings settings, Runnable saveSettings, Consumer<String> openDocument) {
        this(services, tasks, poller, dialogs, dirs, settings, saveSettings, openDocument, new UiEvents());
    }

    private UiContext(AppServices services, TaskRunner tasks, StatusPoller poller, DialogService dialogs,
                      AppDirs dirs, Settings settings, Runnable saveSettings, Consumer<String> openDocument, UiEvents events) {
        this(services, tasks, poller, dialogs, dirs, settings, saveSettings, openDocument, events, new SessionState(events));
    }

    public ConnectionService connections() {
        return services.connections();
    }

    public RegionService regions() {
        return services.regions();
    }

    public InventoryService inventory() {
        return services.inventory();
    }

    public SandboxService sandbox() {
        return services.sandbox();
    }

    /** DynamoDB's on-demand backups (list, create, delete). */
    public BackupService backups() {
        return services.backups();
    }

    /** Restore, PITR, settings replay and the restore history. */
    public RecoveryServices recovery() {
        return services.recovery();
    }
}
