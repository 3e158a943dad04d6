package dev.dynamobackup.ui;

import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.settings.AppDirs;
import dev.dynamobackup.tasks.SameThreadTaskRunner;
import dev.dynamobackup.tasks.StatusPoller;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.RequestRecorder;
import dev.dynamobackup.testing.WithMoto;
import dev.dynamobackup.ui.jobs.JobsModel;
import dev.dynamobackup.ui.plans.PlansModel;
import dev.dynamobackup.ui.vaults.VaultsModel;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.backup.model.CreateBackupVaultRequest;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Vaults and Backup plans models on a same-thread runner (no window): the sandbox, names checked first. */
@WithMoto
class AwsBackupAdminModelsTest {
    @TempDir Path dir;
    private final RequestRecorder recorder = new RequestRecorder();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private AppServices services;

    @AfterEach
    void close() {
        if (services != null) services.close();
    }

    private UiContext context() {
        services = AppServices.create(ClientOptions.forTests(recorder), new AppDirs(dir.resolve("config"), dir.resolve("data")));
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        return new UiContext(services, tasks, new StatusPoller(tasks, (d, a) -> () -> { }), dialogs, null, null, () -> { }, uri -> { });
    }

    @Test
    void theSandboxSaysWhyAndCallsNothing() {
        UiContext ctx = context();
        ConnectionTarget sandbox = new ConnectionTarget(Connection.sandbox(), "us-east-1");
        VaultsModel vaults = new VaultsModel(ctx);
        vaults.setScope(sandbox);
        vaults.setActive(true);
        PlansModel plans = new PlansModel(ctx);
        plans.setScope(sandbox);
        plans.setActive(true);
        assertTrue(vaults.unavailableProperty().get().orElseThrow().contains("DynamoDB Local"), vaults.unavailableProperty().get().toString());
        assertTrue(plans.unavailableProperty().get().orElseThrow().contains("AWS Backup need"), plans.unavailableProperty().get().toString());
        assertEquals(Optional.empty(), vaults.errorProperty().get());
        JobsModel jobs = new JobsModel(ctx);
        ctx.session().connectionProperty().set(sandbox.connection());
        ctx.session().regionProperty().set(sandbox.region());
        jobs.followSession(new SimpleBooleanProperty(true));
        jobs.refresh();
        assertTrue(jobs.unavailableProperty().get().isPresent());
        assertEquals(Optional.empty(), jobs.errorProperty().get());
        assertEquals(0, recorder.count());
    }

    @Test
    void vaultNamesAreCheckedBeforeAnyCallAndATakenNameIsRefused(Moto moto) {
        UiContext ctx = context();
        VaultsModel vaults = new VaultsModel(ctx);
        vaults.setScope(moto.target("us-east-1"));
        vaults.setActive(true);
        vaults.create("Nightly", "");
        assertEquals(1, recorder.of(CreateBackupVaultRequest.class).size());
        assertTrue(VaultsModel.nameProblem("Nightly", vaults.rows()).orElseThrow().contains("already exists"));
        assertTrue(VaultsModel.nameProblem("a b", vaults.rows()).isPresent());
        assertTrue(VaultsModel.nameProblem("Weekly-1", vaults.rows()).isEmpty());
        vaults.refresh();
        assertEquals(1, vaults.rows().stream().filter(v -> v.name().equals("Nightly")).count());
    }
}
