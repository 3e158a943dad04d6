package dev.dynamobackup.aws;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The in-process DynamoDB Local: no network port, its database file kept in the app's data folder so
 * that it survives a restart. Started lazily (off the FX thread) on first use: it takes a second or two.
 */
public final class EmbeddedSandbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSandbox.class);
    private static final String SEEDED_MARKER = ".seeded";
    private static final String DATABASE_FILE = "sandbox.db";

    private final Path folder;
    private final Consumer<DynamoDbClient> seeder;
    private AmazonDynamoDBLocal server;
    private DynamoDbClient client;
    private SandboxLock lock;

    /**
     * @param seeder fills a new database once (a marker file records it, so tables the user deletes
     *               stay deleted across restarts)
     */
    public EmbeddedSandbox(Path folder, Consumer<DynamoDbClient> seeder) {
        this.folder = folder;
        this.seeder = seeder;
    }

    public Path folder() {
        return folder;
    }

    public synchronized DynamoDbClient client() {
        if (client == null) {
            if (NativeLibraries.configureSqlite() == null) {
                throw new IllegalStateException("The sandbox cannot start: the SQLite native library of "
                        + "DynamoDB Local was not found next to the application. Reinstall the app or build it "
                        + "with 'mvn package'.");
            }
            try {
                Files.createDirectories(folder);
                // one process at a time: the GUI and 'dbm --sandbox' must not open the SQLite file together
                lock = SandboxLock.take(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the sandbox folder " + folder, e);
            }
            long start = System.nanoTime();
            // one SQLite file whatever region or key the client signs with; true = no telemetry (no network here)
            server = DynamoDBEmbedded.create(folder.resolve(DATABASE_FILE).toFile(), true);
            client = server.dynamoDbClient();
            LOG.info("Sandbox started in {} ms at {}", (System.nanoTime() - start) / 1_000_000, folder);
            seedOnce();
        }
        return client;
    }

    private void seedOnce() {
        Path marker = folder.resolve(SEEDED_MARKER);
        if (Files.exists(marker)) return;
        seeder.accept(client);
        try {
            Files.writeString(marker, "seeded\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + marker, e);
        }
    }

    public synchronized boolean isStarted() {
        return client != null;
    }

    /** Stops the sandbox and deletes its database; the next {@link #client()} starts and seeds a new one. */
    public synchronized void wipe() {
        close();
        if (!Files.exists(folder)) return;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the sandbox database in " + folder, e);
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            try {
                server.shutdownNow();
            } catch (RuntimeException e) {
                LOG.warn("Sandbox did not shut down cleanly: {}", e.toString());
            }
        }
        server = null;
        client = null;
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                LOG.warn("Sandbox lock not released: {}", e.toString());
            }
            lock = null;
        }
    }
}
