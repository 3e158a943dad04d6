package dev.dynamobackup.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dynamobackup.service.snapshot.DynamoJson;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most items/s the DynamoDB Local server accepts: N writers send 25-item BatchWriteItem requests
 * built before the clock starts (no file, no parsing) into a new table, for N = 1, 2, 4, 8, through
 * the plain SDK (its marshalling, signing and HTTP stack on every call) and as raw HTTP (the request
 * bytes prepared in advance, one keep-alive socket per writer: the least a client can spend). The items
 * are the source table's, in the order a one-segment Scan returns them (what boto3 and the snapshot
 * write). Prints the server's and the client's CPU per thread group beside each figure.
 */
final class ImportCeiling {
    private static final String SOURCE = "Bench";
    private final URI endpoint;
    private final DynamoDbClient ddb;

    ImportCeiling(URI endpoint, DynamoDbClient ddb) {
        this.endpoint = endpoint;
        this.ddb = ddb;
    }

    void run(int[] writerCounts) throws Exception {
        for (String order : System.getProperty("bench.ceilingOrder", "scan").split(",")) run(writerCounts, order);
    }

    private void run(int[] writerCounts, String order) throws Exception {
        List<List<Map<String, AttributeValue>>> batches = reorder(sourceBatches(), order);
        long items = batches.stream().mapToLong(List::size).sum();
        System.out.printf(Locale.ROOT, "ceiling: %d items in %d pre-built batches of 25%n",
                items, batches.size());
        for (String client : System.getProperty("bench.ceilingClients", "sdk,raw").split(",")) {
            for (int writers : writerCounts) {
                String table = "Ceiling-" + client + "-" + writers;
                createTable(table);
                Runnable[] perWriter = client.equals("sdk") ? sdkWriters(table, batches, writers) : rawWriters(table, batches, writers);
                measure(client, writers, items, perWriter);
                long landed = count(table);
                if (landed != items) throw new IllegalStateException(table + " holds " + landed + " items, not " + items);
                ddb.deleteTable(b -> b.tableName(table));
            }
        }
    }

    private void measure(String client, int writers, long items, Runnable[] perWriter) throws Exception {
        CpuMeter server = CpuMeter.server();
        CpuMeter.Window serverCpu = server == null ? null : server.start();
        CpuMeter.Window clientCpu = CpuMeter.self().start();
        CpuMeter.Machine machine = new CpuMeter.Machine();
        ExecutorService pool = Executors.newFixedThreadPool(writers, r -> new Thread(r, "ceiling-writer"));
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (Runnable w : perWriter) futures.add(pool.submit(w));
        for (Future<?> f : futures) f.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "figure ceiling_%s_%d %.0f%n", client, writers, items / seconds);
        System.out.printf(Locale.ROOT, "  %s, %d writers: %.0f items/s, %d resends; client %s%n", client, writers, items / seconds,
                resends.getAndSet(0), CpuMeter.describe(clientCpu.stop()));
        if (serverCpu != null) System.out.println("    server " + CpuMeter.describe(serverCpu.stop()));
        System.out.println("    " + machine.stop());
    }

    private final AtomicLong resends = new AtomicLong();

    private Runnable[] sdkWriters(String table, List<List<Map<String, AttributeValue>>> batches, int writers) {
        List<BatchWriteItemRequest> requests = batches.stream().map(b -> BatchWriteItemRequest.builder()
                .requestItems(Map.of(table, b.stream().map(i -> WriteRequest.builder()
                        .putRequest(PutRequest.builder().item(i).build()).build()).toList())).build()).toList();
        AtomicInteger next = new AtomicInteger();
        Runnable w = () -> {
            for (int i; (i = next.getAndIncrement()) < requests.size(); ) {
                BatchWriteItemRequest r = requests.get(i);
                while (true) {
                    Map<String, List<WriteRequest>> left = ddb.batchWriteItem(r).unprocessedItems();
                    if (left.isEmpty()) break;
                    resends.incrementAndGet();
                    r = r.toBuilder().requestItems(left).build();
                }
            }
        };
        Runnable[] all = new Runnable[writers];
        java.util.Arrays.fill(all, w);
        return all;
    }

    private Runnable[] rawWriters(String table, List<List<Map<String, AttributeValue>>> batches, int writers) throws IOException {
        List<byte[]> requests = new ArrayList<>();
        for (List<Map<String, AttributeValue>> b : batches) requests.add(httpRequest(table, b));
        AtomicInteger next = new AtomicInteger();
        Runnable[] all = new Runnable[writers];
        for (int n = 0; n < writers; n++) {
            all[n] = () -> {
                try (Socket s = new Socket(endpoint.getHost(), endpoint.getPort())) {
                    s.setTcpNoDelay(true);
                    OutputStream out = s.getOutputStream();
                    InputStream in = new BufferedInputStream(s.getInputStream(), 8192);
                    for (int i; (i = next.getAndIncrement()) < requests.size(); ) {
                        while (true) {
                            out.write(requests.get(i));
                            out.flush();
                            // DynamoDB Local answers {"UnprocessedItems":{}} when every item is in; else the
                            // whole batch goes again (a PutRequest of the same item is idempotent)
                            if (readReply(in).equals("{\"UnprocessedItems\":{}}")) break;
                            resends.incrementAndGet();
                        }
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
        }
        return all;
    }

    /** A complete HTTP/1.1 BatchWriteItem request; DynamoDB Local reads the key id from the header and checks no signature. */
    private byte[] httpRequest(String table, List<Map<String, AttributeValue>> items) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = DynamoJson.FACTORY.createGenerator(body)) {
            g.writeStartObject();
            g.writeObjectFieldStart("RequestItems");
            g.writeArrayFieldStart(table);
            for (Map<String, AttributeValue> item : items) {
                g.writeStartObject();
                g.writeObjectFieldStart("PutRequest");
                g.writeFieldName("Item");
                DynamoJson.writeItem(g, item);
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        String head = "POST / HTTP/1.1\r\nHost: " + endpoint.getHost() + ":" + endpoint.getPort() + "\r\n"
                + "Content-Type: application/x-amz-json-1.0\r\nX-Amz-Target: DynamoDB_20120810.BatchWriteItem\r\n"
                + "X-Amz-Date: 20260101T000000Z\r\n"
                + "Authorization: AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/dynamodb/aws4_request, "
                + "SignedHeaders=host;x-amz-date;x-amz-target, Signature=0000\r\n"
                + "Content-Length: " + body.size() + "\r\n\r\n";
        ByteArrayOutputStream all = new ByteArrayOutputStream(head.length() + body.size());
        all.write(head.getBytes(StandardCharsets.US_ASCII));
        body.writeTo(all);
        return all.toByteArray();
    }

    /** Reads one response (status line, headers, Content-Length body); fails on anything but 200. */
    private static String readReply(InputStream in) throws IOException {
        String status = line(in);
        int length = -1;
        for (String h; !(h = line(in)).isEmpty(); ) {
            if (h.regionMatches(true, 0, "Content-Length:", 0, 15)) length = Integer.parseInt(h.substring(15).trim());
        }
        if (length < 0) throw new IOException("no Content-Length in the reply to " + status);
        byte[] body = in.readNBytes(length);
        String text = new String(body, StandardCharsets.UTF_8);
        if (!status.contains(" 200 ")) throw new IOException(status + " " + text);
        return text;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) throw new IOException("connection closed");
            if (c != '\r') b.append((char) c);
        }
        return b.toString();
    }

    /** Experiments: the same items shuffled, or sorted by id, or 8 interleaved streams of the scan order. */
    private static List<List<Map<String, AttributeValue>>> reorder(List<List<Map<String, AttributeValue>>> batches, String order) {
        if (order.equals("scan")) return batches;
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        batches.forEach(items::addAll);
        switch (order) {
            case "shuffled" -> java.util.Collections.shuffle(items, new java.util.Random(1));
            case "sorted" -> items.sort(java.util.Comparator.comparing(i -> i.get("id").s()));
            case "interleaved" -> {
                List<Map<String, AttributeValue>> mixed = new ArrayList<>();
                int stride = (items.size() + 7) / 8;
                for (int k = 0; k < stride; k += 25) {
                    for (int seg = 0; seg < 8; seg++) {
                        for (int j = seg * stride + k; j < Math.min(seg * stride + k + 25, Math.min(items.size(), (seg + 1) * stride)); j++) {
                            mixed.add(items.get(j));
                        }
                    }
                }
                items = mixed;
            }
            default -> throw new IllegalArgumentException(order);
        }
        List<List<Map<String, AttributeValue>>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += 25) out.add(items.subList(i, Math.min(items.size(), i + 25)));
        System.out.println("ceiling order: " + order + " (instead of the scan order)");
        return out;
    }

    /** The source table's items in one-segment Scan order, 25 to a batch. */
    private List<List<Map<String, AttributeValue>>> sourceBatches() {
        List<List<Map<String, AttributeValue>>> batches = new ArrayList<>();
        List<Map<String, AttributeValue>> batch = new ArrayList<>();
        for (ScanResponse page : ddb.scanPaginator(ScanRequest.builder().tableName(SOURCE).build())) {
            for (Map<String, AttributeValue> item : page.items()) {
                batch.add(item);
                if (batch.size() == 25) {
                    batches.add(batch);
                    batch = new ArrayList<>();
                }
            }
        }
        if (!batch.isEmpty()) batches.add(batch);
        return batches;
    }

    private long count(String table) {
        long n = 0;
        for (ScanResponse page : ddb.scanPaginator(ScanRequest.builder().tableName(table).select("COUNT").build())) n += page.count();
        return n;
    }

    private void createTable(String table) {
        ddb.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
        ddb.waiter().waitUntilTableExists(b -> b.tableName(table));
    }
}
