package dev.dynamobackup.testing;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One moto_server process for the whole test JVM, on a free 127.0.0.1 port. Started on first use,
 * stopped when the JVM ends. Fails with a clear message (and how to install moto) when it is missing.
 */
public final class MotoServer {
    public static final String INSTALL_HINT =
            "moto_server was not found on PATH. Install it with: python3 -m pip install 'moto[server]==5.2.1'";
    private static MotoServer instance;

    private final Process process;
    private final URI endpoint;
    private final Path log;

    private MotoServer(Process process, int port, Path log) {
        this.process = process;
        this.endpoint = URI.create("http://127.0.0.1:" + port);
        this.log = log;
    }

    public static synchronized MotoServer get() {
        if (instance == null) {
            instance = start();
            MotoServer started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "moto-stop"));
        }
        return instance;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Clears every table, backup and plan in every region. */
    public void reset() {
        try {
            HttpURLConnection c = (HttpURLConnection) endpoint.resolve("/moto-api/reset").toURL().openConnection();
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.getOutputStream().close();
            int code = c.getResponseCode();
            if (code != 200) throw new IllegalStateException("moto reset answered HTTP " + code);
            c.disconnect();
        } catch (IOException e) {
            throw new IllegalStateException("moto_server at " + endpoint + " did not answer the reset: " + e, e);
        }
    }

    private static MotoServer start() {
        List<String> command = command();
        int port = freePort();
        command.addAll(List.of("-H", "127.0.0.1", "-p", Integer.toString(port)));
        try {
            Path log = Files.createTempFile("moto-server", ".log");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            MotoServer server = new MotoServer(p, port, log);
            server.awaitReady(Duration.ofSeconds(60));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(INSTALL_HINT + " (" + e.getMessage() + ")", e);
        }
    }

    private static List<String> command() {
        String explicit = System.getenv("MOTO_SERVER");
        if (explicit != null && !explicit.isBlank()) return new ArrayList<>(List.of(explicit));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "moto_server");
            if (Files.isExecutable(candidate)) return new ArrayList<>(List.of(candidate.toString()));
        }
        throw new IllegalStateException(INSTALL_HINT);
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server exited at start (exit " + process.exitValue() + "): "
                        + tail() + "\n" + INSTALL_HINT);
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", endpoint.getPort()), 200);
                reset();
                return;
            } catch (IOException | IllegalStateException e) {
                sleep(200);
            }
        }
        stop();
        throw new IllegalStateException("moto_server did not start within " + timeout.toSeconds() + " s: " + tail());
    }

    private String tail() {
        try {
            String text = Files.readString(log);
            return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port on 127.0.0.1", e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
