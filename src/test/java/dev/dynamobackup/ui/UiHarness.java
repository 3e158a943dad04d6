package dev.dynamobackup.ui;

import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.settings.AppDirs;
import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.tasks.FxScheduler;
import dev.dynamobackup.tasks.FxTaskRunner;
import dev.dynamobackup.tasks.StatusPoller;
import dev.dynamobackup.ui.common.ThemeManager;
import dev.dynamobackup.ui.main.MainWindow;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Builds the real main window (real services, real FX task runner, SDK clients against moto) in
 * TestFX's primary stage, with a recording dialog service. Closed after each test.
 */
public final class UiHarness implements AutoCloseable {
    public final Settings settings;
    public final RecordingDialogService dialogs = new RecordingDialogService();
    public final AppServices services;
    public final FxTaskRunner tasks = new FxTaskRunner();
    public final StatusPoller poller;
    public final MainWindow window;
    public final Stage stage;
    public final AppDirs dirs;
    public final UiContext ctx;

    public UiHarness(Settings settings, Path dir) throws Exception {
        this(settings, dir, new software.amazon.awssdk.core.interceptor.ExecutionInterceptor[0]);
    }

    /** With {@code recorders} seeing every request the app sends (moto ignores some parameters). */
    public UiHarness(Settings settings, Path dir, software.amazon.awssdk.core.interceptor.ExecutionInterceptor... recorders)
            throws Exception {
        this(settings, dir, ClientOptions.forTests(recorders));
    }

    /** With the given client options (the fault suite: the app's own retry and timeout settings). */
    public UiHarness(Settings settings, Path dir, ClientOptions options) throws Exception {
        this.settings = settings;
        AppDirs dirs = new AppDirs(dir.resolve("config"), dir.resolve("data"));
        this.dirs = dirs;
        services = AppServices.create(options, dirs);
        poller = new StatusPoller(tasks, new FxScheduler());
        UiContext ctx = new UiContext(services, tasks, poller, dialogs, dirs, settings, () -> { }, uri -> { });
        this.ctx = ctx;
        stage = FxToolkit.registerPrimaryStage();
        dialogs.owner = () -> stage;
        window = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = MainWindow.load(ctx);
            Scene scene = new Scene(w.root(), 1200, 760);
            new ThemeManager().apply(scene, dev.dynamobackup.settings.Theme.LIGHT);
            stage.setScene(scene);
            stage.show();
            w.model().start();
            return w;
        }).get(30, TimeUnit.SECONDS);
    }

    /**
     * Settings that open the app on {@code endpoint} (saved with the test servers' signing region
     * us-east-1, and the last one used) in {@code region}.
     */
    public static Settings onEndpoint(java.net.URI endpoint, String region) {
        Settings s = new Settings();
        s.endpoints.add(new Settings.SavedEndpoint(endpoint.toString(), "us-east-1"));
        s.lastConnectionId = "endpoint:" + endpoint;
        s.lastRegion = region;
        return s;
    }

    /** Waits (polling on the FX thread) until the condition holds; fails after {@code seconds}. */
    public static void await(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        tasks.close();
        services.close();
    }
}
