package dev.dynamobackup.bench;

import dev.dynamobackup.service.snapshot.ContentDigest;
import dev.dynamobackup.service.snapshot.DynamoJson;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import com.fasterxml.jackson.core.JsonParser;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The client's CPU per item for each step of reading a snapshot, measured on one thread over the
 * export's parts (best of three passes, after the JIT has seen the code): gunzip only; gunzip + the
 * streaming parse to AttributeValue maps; + building the PutRequests; + the content digest.
 */
final class ParseCost {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ParseCost() {
    }

    static List<String> measure(Path snapshot) throws IOException {
        List<Path> parts;
        try (Stream<Path> s = Files.list(snapshot.resolve("data"))) {
            parts = s.sorted().toList();
        }
        return List.of(
                line("gunzip", parts, 0),
                line("gunzip + parse", parts, 1),
                line("+ PutRequests", parts, 2),
                line("+ content digest", parts, 3));
    }

    private static String line(String name, List<Path> parts, int depth) throws IOException {
        double best = Double.MAX_VALUE;
        long items = 0;
        for (int pass = 0; pass < 3; pass++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            items = 0;
            for (Path part : parts) items += pass(part, depth);
            best = Math.min(best, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e3);
        }
        return String.format(Locale.ROOT, "  %-18s %5.2f us/item (%.2f s CPU for %d items)", name, best / items, best / 1e6, items);
    }

    private static long pass(Path part, int depth) throws IOException {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(part), 1 << 16), 1 << 16)) {
            if (depth == 0) {
                byte[] buf = new byte[1 << 16];
                long lines = 0;
                for (int n; (n = in.read(buf)) > 0; ) for (int i = 0; i < n; i++) if (buf[i] == '\n') lines++;
                return lines;
            }
            long items = 0;
            ContentDigest digest = new ContentDigest();
            try (JsonParser p = DynamoJson.FACTORY.createParser(in)) {
                for (Map<String, AttributeValue> item; (item = DynamoJson.readItemLine(p)) != null; ) {
                    items++;
                    if (depth >= 2 && WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build() == null) {
                        throw new IllegalStateException();
                    }
                    if (depth >= 3) digest.add(item);
                }
            }
            return items;
        }
    }
}
