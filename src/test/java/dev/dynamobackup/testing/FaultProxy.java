package dev.dynamobackup.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP proxy in front of moto_server that misbehaves on request: for the next N attempts of
 * an operation (X-Amz-Target for DynamoDB; for AWS Backup's REST API, method and path matched against
 * botocore's model) it answers 500 or 503 or ThrottlingException itself (moto never sees
 * them), or forwards to moto and then replies late or drops the connection halfway through the reply
 * (the server did the work). It can also stop listening (connections are refused) and listen again. Every
 * HTTP attempt it receives is logged with the fault it got. One request per connection ({@code
 * Connection: close}), so every SDK attempt opens a connection of its own.
 */
public final class FaultProxy implements AutoCloseable {
    public enum Fault {
        /** Forwarded and answered normally. */
        NONE,
        /** 500 InternalServerError, not forwarded. */
        STATUS_500,
        /** 503 ServiceUnavailable, not forwarded. */
        STATUS_503,
        /** 400 ThrottlingException (JSON body and x-amzn-ErrorType header: DynamoDB and REST-JSON), not forwarded. */
        THROTTLE,
        /** Forwarded; the reply is held for {@link #LATE_BY} (past the SDK's attempt timeout), then sent. */
        LATE,
        /** Forwarded; the connection is closed after half of the reply. */
        DROP_MID_REPLY
    }

    /** One HTTP attempt the proxy received. */
    public record Attempt(String operation, Fault fault) {
    }

    /** Longer than the app's 15 s attempt timeout. */
    public static final Duration LATE_BY = Duration.ofSeconds(16);

    private final URI upstream;
    private final int port;
    private final ExecutorService handlers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, ConcurrentLinkedDeque<Fault>> planned = new ConcurrentHashMap<>();
    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;
    private volatile boolean closed;

    public FaultProxy(URI upstream) throws IOException {
        this.upstream = upstream;
        ServerSocket first = open(0);
        this.port = first.getLocalPort();
        listen(first);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The next {@code times} attempts of {@code operation} get {@code fault}; later ones go through. */
    public FaultProxy inject(String operation, Fault fault, int times) {
        var queue = planned.computeIfAbsent(operation, k -> new ConcurrentLinkedDeque<>());
        for (int i = 0; i < times; i++) queue.add(fault);
        return this;
    }

    /** Stops listening: connections are refused (the kernel answers them) until {@link #acceptConnections}. */
    public synchronized void refuseConnections() throws IOException {
        listener.close();
    }

    /** Listens again on the same port. */
    public synchronized void acceptConnections() throws IOException {
        if (listener.isClosed()) listen(open(port));
    }

    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    /** How many HTTP attempts of {@code operation} reached the proxy. */
    public long count(String operation) {
        return attempts.stream().filter(a -> a.operation().equals(operation)).count();
    }

    /** How many attempts of {@code operation} reached moto (forwarded: no fault, late or dropped). */
    public long forwarded(String operation) {
        return attempts.stream().filter(a -> a.operation().equals(operation))
                .filter(a -> a.fault() == Fault.NONE || a.fault() == Fault.LATE || a.fault() == Fault.DROP_MID_REPLY).count();
    }

    private static ServerSocket open(int port) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        return s;
    }

    private synchronized void listen(ServerSocket socket) {
        listener = socket;
        Thread accept = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    handlers.execute(() -> handle(client));
                } catch (IOException stopped) {
                    return;
                }
            }
        }, "fault-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    private void handle(Socket client) {
        try (client) {
            Request request = Request.read(client.getInputStream());
            if (request == null) return;
            Fault fault = next(request.operation());
            attempts.add(new Attempt(request.operation(), fault));
            OutputStream out = client.getOutputStream();
            switch (fault) {
                case STATUS_500 -> out.write(error(500, "Internal Server Error", "InternalServerError", "Internal server error"));
                case STATUS_503 -> out.write(error(503, "Service Unavailable", "ServiceUnavailable", "Service unavailable"));
                case THROTTLE -> out.write(error(400, "Bad Request", "ThrottlingException", "Rate of requests exceeds the allowed throughput."));
                case NONE -> out.write(forward(request));
                case LATE -> {
                    byte[] reply = forward(request);
                    Thread.sleep(LATE_BY.toMillis());
                    out.write(reply);
                }
                case DROP_MID_REPLY -> {
                    byte[] reply = forward(request);
                    out.write(reply, 0, reply.length - Math.max(1, bodyLength(reply) / 2));
                    out.flush();
                    client.setSoLinger(true, 0);
                }
            }
            out.flush();
        } catch (SocketException clientGone) {
            // the SDK gave up on the attempt (timeout): expected for LATE
        } catch (IOException | InterruptedException e) {
            if (!closed) e.printStackTrace();
        }
    }

    private Fault next(String operation) {
        var queue = planned.get(operation);
        Fault f = queue == null ? null : queue.poll();
        return f == null ? Fault.NONE : f;
    }

    /** Sends the request to moto on a connection of its own and returns moto's whole reply, marked Connection: close. */
    private byte[] forward(Request request) throws IOException {
        try (Socket moto = new Socket(upstream.getHost(), upstream.getPort())) {
            moto.getOutputStream().write(request.bytes());
            moto.getOutputStream().flush();
            byte[] reply = moto.getInputStream().readAllBytes();
            return withConnectionClose(reply);
        }
    }

    private static byte[] withConnectionClose(byte[] reply) {
        int end = headerEnd(reply);
        if (end < 0) return reply;
        String head = new String(reply, 0, end, StandardCharsets.ISO_8859_1);
        StringBuilder rewritten = new StringBuilder();
        for (String line : head.split("\r\n")) {
            if (!line.toLowerCase(Locale.ROOT).startsWith("connection:")) rewritten.append(line).append("\r\n");
        }
        rewritten.append("Connection: close\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(rewritten.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(reply, end, reply.length - end);
        return out.toByteArray();
    }

    private static int bodyLength(byte[] reply) {
        int end = headerEnd(reply);
        return end < 0 ? reply.length : reply.length - end - 2;
    }

    /** Index just past the header's last line's CRLF (pointing at the blank line's CRLF), or -1. */
    private static int headerEnd(byte[] b) {
        for (int i = 0; i + 3 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') return i + 2;
        }
        return -1;
    }

    private static byte[] error(int status, String reason, String code, String message) {
        String body = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + code + "\",\"message\":\"" + message + "\"}";
        String head = "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/x-amz-json-1.0\r\n"
                + "x-amzn-ErrorType: " + code + "\r\n"
                + "x-amzn-RequestId: fault-proxy\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n";
        return (head + body).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        handlers.shutdownNow();
    }

    /** botocore's AWS Backup model, read on the first AWS Backup request only. */
    private static final class BackupModel {
        static final ServiceModel MODEL = ServiceModel.load("backup");
    }

    /** One HTTP/1.1 request with a Content-Length body, re-marked Connection: close for moto. */
    private record Request(String operation, byte[] bytes) {
        static Request read(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int last4 = 0;
            while (last4 != 0x0d0a0d0a) {
                int c = in.read();
                if (c < 0) return null;
                head.write(c);
                last4 = (last4 << 8) | c;
            }
            String text = head.toString(StandardCharsets.ISO_8859_1);
            String operation = "unknown";
            boolean backup = false;
            int length = 0;
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\r\n")) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("x-amz-target:")) operation = line.substring(line.lastIndexOf('.') + 1).trim();
                if (lower.startsWith("authorization:") && lower.contains("/backup/aws4_request")) backup = true;
                if (lower.startsWith("content-length:")) length = Integer.parseInt(line.substring(15).trim());
                // no Expect: the body is read here already, and a "100 Continue" ahead of the reply would
                // take the Connection: close meant for the reply (the client would then reuse a closed connection)
                if (!lower.startsWith("connection:") && !lower.startsWith("expect:") && !line.isEmpty()) lines.add(line);
            }
            if (backup && operation.equals("unknown")) operation = backupOperation(text.substring(0, text.indexOf("\r\n")));
            byte[] body = in.readNBytes(length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes((String.join("\r\n", lines) + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(body);
            return new Request(operation, out.toByteArray());
        }

        /** AWS Backup's operation from the request line ("DELETE /backup-vaults/V HTTP/1.1"), by botocore's routes. */
        private static String backupOperation(String requestLine) {
            String[] parts = requestLine.split(" ");
            String path = parts[1].contains("?") ? parts[1].substring(0, parts[1].indexOf('?')) : parts[1];
            ServiceModel.Match match = BackupModel.MODEL.match(parts[0], path);
            return match == null ? "unknown" : match.operation();
        }
    }
}
