package dev.dynamobackup.ui.main;

import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.backups.BackupActions;
import dev.dynamobackup.ui.backups.BackupsController;
import dev.dynamobackup.ui.common.LazyTab;
import dev.dynamobackup.ui.iam.IamPolicyController;
import dev.dynamobackup.ui.jobs.JobsController;
import dev.dynamobackup.ui.jobs.JobsModel;
import dev.dynamobackup.ui.plans.PlansController;
import dev.dynamobackup.ui.snapshots.SnapshotsController;
import dev.dynamobackup.ui.vaults.VaultsController;
import javafx.scene.control.Tab;

/**
 * The main window's tabs beside Tables, hidden at start: each view loads when its tab is first shown
 * (or its controller is asked for), so the first frame pays for none of them. The Jobs tab's model is
 * made now: it follows the jobs other screens start (UiEvent.AwsBackupJobStarted) whether or not the
 * view was ever shown.
 */
final class MainTabs {
    private final LazyTab<BackupsController> regionBackups;
    private final LazyTab<VaultsController> vaults;
    private final LazyTab<PlansController> plans;
    private final LazyTab<IamPolicyController> iam;
    private final LazyTab<JobsController> jobs;
    private final JobsModel jobsModel;

    /** The tabs in the order of the window: the region's Backups, Snapshots, Vaults, Plans, IAM, Jobs. */
    MainTabs(UiContext ctx, BackupActions backupActions, Tab backupsTab, Tab snapshotsTab, Tab vaultsTab,
             Tab plansTab, Tab iamTab, Tab jobsTab) {
        regionBackups = new LazyTab<>(backupsTab, "/dev/dynamobackup/ui/backups/BackupsView.fxml",
                c -> c.init(ctx, backupActions, false, backupsTab.selectedProperty()));
        new LazyTab<SnapshotsController>(snapshotsTab, "/dev/dynamobackup/ui/snapshots/SnapshotsView.fxml",
                c -> c.init(ctx, snapshotsTab.selectedProperty()));
        vaults = new LazyTab<>(vaultsTab, "/dev/dynamobackup/ui/vaults/VaultsView.fxml",
                c -> c.init(ctx, vaultsTab.selectedProperty()));
        plans = new LazyTab<>(plansTab, "/dev/dynamobackup/ui/plans/PlansView.fxml",
                c -> c.init(ctx, plansTab.selectedProperty()));
        iam = new LazyTab<>(iamTab, "/dev/dynamobackup/ui/iam/IamPolicyView.fxml", c -> c.init(ctx));
        jobsModel = new JobsModel(ctx);
        jobs = new LazyTab<>(jobsTab, "/dev/dynamobackup/ui/jobs/JobsView.fxml",
                c -> c.init(ctx, jobsModel, jobsTab.selectedProperty()));
    }

    BackupsController regionBackups() {
        return regionBackups.controller();
    }

    VaultsController vaults() {
        return vaults.controller();
    }

    PlansController plans() {
        return plans.controller();
    }

    IamPolicyController iam() {
        return iam.controller();
    }

    JobsController jobs() {
        return jobs.controller();
    }

    JobsModel jobsModel() {
        return jobsModel;
    }
}
