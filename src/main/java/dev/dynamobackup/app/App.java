package dev.dynamobackup.app;

import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.settings.AppDirs;
import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.settings.SettingsStore;
import dev.dynamobackup.settings.Theme;
import dev.dynamobackup.tasks.FxScheduler;
import dev.dynamobackup.tasks.FxTaskRunner;
import dev.dynamobackup.tasks.StatusPoller;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.FxDialogService;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.common.ThemeManager;
import dev.dynamobackup.ui.main.MainController;
import dev.dynamobackup.ui.main.MainModel;
import dev.dynamobackup.ui.main.MainWindow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JavaFX application: builds the services once, shows the main window, saves settings on exit. */
public final class App extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    /** Set by {@link Launcher} before the toolkit starts; null when the app is launched some other way. */
    private static volatile StartupPrefetch prefetched;

    private AppDirs dirs;
    private SettingsStore store;
    private ThemeManager themes;
    private Settings settings;
    private AppServices services;
    private FxTaskRunner tasks;
    private Stage stage;
    private MainController controller;

    static void prefetched(StartupPrefetch prefetch) {
        prefetched = prefetch;
    }

    @Override
    public void start(Stage primary) {
        StartupTrace.mark("toolkit");
        CompletableFuture<List<Image>> icons = AppIcons.first();
        this.stage = primary;
        boolean smoke = getParameters().getRaw().contains("--smoke");
        StartupPrefetch prefetch = prefetched != null ? prefetched : StartupPrefetch.now(AppDirs.detect());
        dirs = prefetch.dirs();
        themes = prefetch.themes();
        StartupPrefetch.Loaded read = prefetch.settings();
        store = read.store();
        SettingsStore.Loaded loaded = read.result();
        settings = loaded.settings();
        StartupTrace.mark("settings");
        services = AppServices.create(ClientOptions.forApp(), dirs);
        StartupTrace.mark("services");
        tasks = new FxTaskRunner();
        FxDialogService dialogs = new FxDialogService(() -> stage);
        UiContext ctx = new UiContext(services, tasks, new StatusPoller(tasks, new FxScheduler()), dialogs, dirs, settings,
                this::saveSettings, uri -> getHostServices().showDocument(uri));

        MainWindow window = MainWindow.loadFrame(ctx);
        StartupTrace.mark("frame");
        controller = window.controller();
        dialogs.setIamHelp(denied -> ctx.events().publish(new dev.dynamobackup.ui.session.UiEvent.IamHelpRequested(denied)));
        MainModel model = window.model();
        controller.setActions(settings.theme, this::changeTheme, this::quit, () -> openLog(ctx), () -> about(ctx));

        Settings.WindowGeometry g = settings.window;
        Scene scene = new Scene(window.root(), g.width, g.height);
        themes.apply(scene, settings.theme);
        stage.setScene(scene);
        stage.setTitle(I18n.t("app.title"));
        stage.getIcons().addAll(icons.join());
        placeWindow(g);
        StartupTrace.mark("scene");
        FirstFrame.whenShown(scene, ms -> {
            LOG.info("first frame after {} ms ({})", ms, StartupTrace.summary());
            if (smoke) FirstFrame.printSmokeReport(ms);
            // --smoke starts nothing: no connection, no sandbox; the table list then says "No tables"
            if (!smoke) model.start(); // before the list is attached, so that it opens on "Loading tables…"
            controller.attachTableList();
            controller.splitPane().ifPresent(split -> split.setDividerPositions(g.dividerPosition));
            FirstFrame.whenShown(scene, complete -> {
                LOG.info("complete window after {} ms", complete);
                if (smoke) {
                    FirstFrame.printCompleteWindow(complete);
                    Platform.exit();
                }
            });
            if (smoke) return;
            AppIcons.later().thenAccept(large -> Platform.runLater(() -> stage.getIcons().addAll(large)));
            loaded.warning().ifPresent(w -> dialogs.showInfo(I18n.t("dialog.settings.title"), ProblemText.of(w)));
        });
        stage.show();
        StartupTrace.mark("shown");
    }

    private void placeWindow(Settings.WindowGeometry g) {
        if (!Double.isNaN(g.x) && !Double.isNaN(g.y)
                && !Screen.getScreensForRectangle(new Rectangle2D(g.x, g.y, Math.max(g.width, 1), Math.max(g.height, 1))).isEmpty()) {
            stage.setX(g.x);
            stage.setY(g.y);
        }
        stage.setMaximized(g.maximized);
    }

    private void changeTheme(Theme theme) {
        settings.theme = theme;
        themes.apply(stage.getScene(), theme);
        saveSettings();
    }

    private void openLog(UiContext ctx) {
        java.nio.file.Path log = dirs.logFile();
        try {
            ctx.openDocument().accept(log.toUri().toString());
        } catch (RuntimeException e) {
            LOG.warn("Could not open the log with the desktop: {}", e.toString());
        }
        ctx.dialogs().showInfo(I18n.t("dialog.log.title"), I18n.t("dialog.log.text", log));
    }

    private void about(UiContext ctx) {
        String version = App.class.getPackage().getImplementationVersion();
        ctx.dialogs().showInfo(I18n.t("dialog.about.title"), I18n.t("dialog.about.text",
                version == null ? I18n.t("dialog.about.devBuild") : version, dirs.configDir(), dirs.dataDir()));
    }

    private void quit() {
        Platform.exit();
    }

    private void saveSettings() {
        try {
            store.save(settings);
        } catch (IOException e) {
            LOG.warn("Settings could not be saved: {}", e.toString());
        }
    }

    private void rememberGeometry() {
        if (stage == null || stage.getScene() == null) return;
        Settings.WindowGeometry g = settings.window;
        g.maximized = stage.isMaximized();
        if (!stage.isMaximized() && !stage.isIconified()) {
            g.x = stage.getX();
            g.y = stage.getY();
            g.width = stage.getWidth();
            g.height = stage.getHeight();
        }
        if (controller != null) {
            controller.splitPane().filter(split -> split.getDividerPositions().length > 0)
                    .ifPresent(split -> g.dividerPosition = split.getDividerPositions()[0]);
        }
    }

    @Override
    public void stop() {
        boolean smoke = getParameters().getRaw().contains("--smoke");
        if (!smoke && settings != null) {
            rememberGeometry();
            saveSettings();
        }
        if (tasks != null) tasks.close();
        if (services != null) services.close();
        // --smoke started nothing: a normal exit runs the shutdown hooks (a -XX:StartFlightRecording of the
        // start-up is written then). Otherwise DynamoDB Local and the SDK may leave non-daemon threads behind.
        if (smoke) System.exit(0);
        Runtime.getRuntime().halt(0);
    }
}
