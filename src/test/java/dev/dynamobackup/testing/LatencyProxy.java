package dev.dynamobackup.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1 that makes a local server look far away: every chunk is delivered half a
 * round trip after it was read, in each direction, and a new connection sends nothing before one round
 * trip (the TCP handshake). Bytes are passed on in order and pipelined, so only latency is added, not a
 * bandwidth limit. Counts the connections it accepted (each one costs a round trip of set-up).
 */
public final class LatencyProxy implements AutoCloseable {
    private final ServerSocket server;
    private final InetSocketAddress target;
    private final long rttNanos;
    private final AtomicInteger connections = new AtomicInteger();

    private LatencyProxy(ServerSocket server, InetSocketAddress target, Duration roundTrip) {
        this.server = server;
        this.target = target;
        this.rttNanos = roundTrip.toNanos();
    }

    /** Starts a proxy in front of {@code target} (an http://host:port URI) with the given round-trip time. */
    public static LatencyProxy start(URI target, Duration roundTrip) throws IOException {
        ServerSocket server = new ServerSocket(0, 512, InetAddress.getLoopbackAddress());
        LatencyProxy proxy = new LatencyProxy(server, new InetSocketAddress(target.getHost(), target.getPort()), roundTrip);
        daemon("latency-proxy-accept", proxy::acceptLoop).start();
        return proxy;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Connections accepted since start (or the last {@link #resetCount}). */
    public int connections() {
        return connections.get();
    }

    public void resetCount() {
        connections.set(0);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                connections.incrementAndGet();
                long accepted = System.nanoTime();
                Socket upstream = new Socket();
                upstream.connect(target, 5000);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                // the client could only send after the handshake's round trip
                pipe(client, upstream, accepted + rttNanos);
                pipe(upstream, client, accepted);
            } catch (IOException e) {
                if (server.isClosed()) return;
            }
        }
    }

    /** Reads {@code from} and writes to {@code to} half a round trip later, never before {@code notBefore}. */
    private void pipe(Socket from, Socket to, long notBefore) {
        BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
        daemon("latency-proxy-read", () -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    long due = Math.max(System.nanoTime(), notBefore) + rttNanos / 2;
                    queue.add(new Chunk(Arrays.copyOf(buffer, n), due));
                }
            } catch (IOException ignored) {
                // the other side closed: pass the end on
            }
            queue.add(new Chunk(null, System.nanoTime() + rttNanos / 2));
        }).start();
        daemon("latency-proxy-write", () -> {
            try (OutputStream out = to.getOutputStream()) {
                while (true) {
                    Chunk chunk = queue.take();
                    long wait = chunk.due - System.nanoTime();
                    if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    if (chunk.bytes == null) break;
                    out.write(chunk.bytes);
                    out.flush();
                }
                to.shutdownOutput();
            } catch (IOException | InterruptedException ignored) {
                closeQuietly(to);
                closeQuietly(from);
            }
        }).start();
    }

    private record Chunk(byte[] bytes, long due) {
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
