package dev.dynamobackup.bench;

import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.settings.AppDirs;
import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.ui.UiHarness;
import dev.dynamobackup.tasks.FxScheduler;
import dev.dynamobackup.tasks.FxTaskRunner;
import dev.dynamobackup.tasks.StatusPoller;
import dev.dynamobackup.testing.MotoServer;
import dev.dynamobackup.testing.RequestRecorder;
import dev.dynamobackup.ui.RecordingDialogService;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.backups.BackupsModel;
import dev.dynamobackup.ui.main.MainWindow;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 10,000 backups in one region on moto, then the region-wide Backups view loads them: prints the time
 * to the first row, to the last row, and the longest FX-thread stall while loading (a Platform.runLater
 * heartbeat every 5 ms records the gaps). Run by scripts/bench-backups.sh (headless Monocle).
 */
public final class BackupsBench {
    private static final int BACKUPS = Integer.getInteger("bench.backups", 10_000);
    private static final int TABLES = 20;
    private static final String REGION = "us-east-1";

    public static void main(String[] args) throws Exception {
        MotoServer moto = MotoServer.get();
        moto.reset();
        long setupStart = System.nanoTime();
        createBackups(moto);
        System.out.printf("setup: %,d backups of %d tables created in %.1f s%n", BACKUPS, TABLES, seconds(setupStart));

        CountDownLatch fxStarted = new CountDownLatch(1);
        Platform.startup(fxStarted::countDown);
        fxStarted.await();

        Path dir = Files.createTempDirectory("bench-backups");
        RequestRecorder recorder = new RequestRecorder();
        AppServices services = AppServices.create(new ClientOptions(Duration.ofSeconds(120), Duration.ofSeconds(60), true,
                List.of(recorder)), new AppDirs(dir.resolve("config"), dir.resolve("data")));
        FxTaskRunner tasks = new FxTaskRunner();
        Settings settings = UiHarness.onEndpoint(moto.endpoint(), REGION);
        UiContext ctx = new UiContext(services, tasks, new StatusPoller(tasks, new FxScheduler()), new RecordingDialogService(),
                new AppDirs(dir.resolve("config"), dir.resolve("data")), settings, () -> { }, uri -> { });

        MainWindow[] window = new MainWindow[1];
        CountDownLatch tablesLoaded = new CountDownLatch(1);
        Platform.runLater(() -> {
            window[0] = MainWindow.load(ctx);
            Stage stage = new Stage();
            stage.setScene(new Scene(window[0].root(), 1200, 760));
            stage.show();
            window[0].model().loadingProperty().addListener((o, a, now) -> {
                if (!now) tablesLoaded.countDown();
            });
            window[0].model().start();
        });
        if (!tablesLoaded.await(120, TimeUnit.SECONDS)) throw new IllegalStateException("the tables did not load");

        // the heartbeat: a runLater every 5 ms; the gap between two that ran is how long the FX thread was busy
        AtomicLong lastBeat = new AtomicLong(System.nanoTime());
        AtomicLong longestGap = new AtomicLong();
        AtomicLong loadStart = new AtomicLong();
        AtomicLong firstRow = new AtomicLong();
        AtomicLong lastRow = new AtomicLong();
        AtomicInteger batches = new AtomicInteger();
        List<String> gaps = new java.util.concurrent.CopyOnWriteArrayList<>();
        ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor();
        beat.scheduleAtFixedRate(() -> Platform.runLater(() -> {
            long now = System.nanoTime();
            long gap = now - lastBeat.getAndSet(now);
            if (loadStart.get() != 0 && lastRow.get() == 0) {
                longestGap.accumulateAndGet(gap, Math::max);
                if (gap > 20_000_000L) gaps.add(String.format("%d ms at +%d ms", ms(gap), ms(now - loadStart.get())));
            }
        }), 0, 5, TimeUnit.MILLISECONDS);
        Thread.sleep(300);

        recorder.clear();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            BackupsModel model = window[0].controller().regionBackups().model();
            model.rows().addListener((ListChangeListener<Object>) c -> {
                batches.incrementAndGet();
                if (firstRow.get() == 0 && !model.rows().isEmpty()) firstRow.set(System.nanoTime());
            });
            model.loadingProperty().addListener((o, a, now) -> {
                if (!now) {
                    lastRow.set(System.nanoTime());
                    done.countDown();
                }
            });
            loadStart.set(System.nanoTime());
            TabPane tabs = (TabPane) window[0].root().lookup("#mainTabs");
            tabs.getSelectionModel().select(1); // the region-wide Backups view: loads when shown
        });
        if (!done.await(300, TimeUnit.SECONDS)) throw new IllegalStateException("the backups did not load");
        Thread.sleep(200);
        int[] shown = new int[1];
        CountDownLatch counted = new CountDownLatch(1);
        Platform.runLater(() -> {
            shown[0] = window[0].controller().regionBackups().model().visible().size();
            counted.countDown();
        });
        counted.await();
        beat.shutdownNow();

        int pages = recorder.of(ListBackupsRequest.class).size();
        System.out.printf("rows shown: %,d (ListBackups pages: %d; UI batches: %d)%n", shown[0], pages, batches.get());
        System.out.printf("time to first row: %d ms%n", ms(firstRow.get() - loadStart.get()));
        System.out.printf("time to last row:  %d ms%n", ms(lastRow.get() - loadStart.get()));
        System.out.printf("longest FX-thread stall while loading: %d ms (target: under 50 ms)%n", ms(longestGap.get()));
        System.out.println("FX-thread gaps over 20 ms (length, when after the view was opened): " + (gaps.isEmpty() ? "none" : String.join(", ", gaps)));
        Platform.exit();
        tasks.close();
        services.close();
        Runtime.getRuntime().halt(0);
    }

    /** Fixture data through a plain SDK client, in 8 threads (not the app's code path). */
    private static void createBackups(MotoServer moto) throws Exception {
        try (DynamoDbClient ddb = client(moto)) {
            for (int t = 0; t < TABLES; t++) {
                String name = "bench-table-" + t;
                ddb.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            AtomicInteger next = new AtomicInteger();
            for (int w = 0; w < 8; w++) {
                pool.execute(() -> {
                    for (int i = next.getAndIncrement(); i < BACKUPS; i = next.getAndIncrement()) {
                        int n = i;
                        ddb.createBackup(b -> b.tableName("bench-table-" + (n % TABLES)).backupName("bench-backup-" + n));
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(30, TimeUnit.MINUTES)) throw new IllegalStateException("setup took too long");
        }
    }

    private static DynamoDbClient client(MotoServer moto) {
        return DynamoDbClient.builder().endpointOverride(moto.endpoint()).region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(software.amazon.awssdk.http.apache.ApacheHttpClient.builder().maxConnections(16))
                .build();
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
