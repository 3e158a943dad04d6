package dev.dynamobackup.service.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A digest of a table's content that does not depend on the order items are scanned in, nor on the
 * order DynamoDB returns set members or map keys: each item's canonical form (sorted keys, sorted set
 * members) is hashed with SHA-256 and the hashes are added up lane by lane. The export records it;
 * an import scans the new table and compares. Thread-safe: workers add to one instance.
 */
public final class ContentDigest {
    private final long[] lanes = new long[4];
    private long items;

    /** One SHA-256 per worker thread, reused item after item (looking one up costs more than hashing a small item). */
    private static final ThreadLocal<MessageDigest> SHA = ThreadLocal.withInitial(ContentDigest::newSha256);

    public void add(Map<String, AttributeValue> item) {
        byte[] hash = SHA.get().digest(canonical(item));
        ByteBuffer b = ByteBuffer.wrap(hash);
        synchronized (this) {
            for (int i = 0; i < 4; i++) lanes[i] += b.getLong();
            items++;
        }
    }

    public synchronized void addAll(ContentDigest other) {
        synchronized (other) {
            for (int i = 0; i < 4; i++) lanes[i] += other.lanes[i];
            items += other.items;
        }
    }

    public synchronized long items() {
        return items;
    }

    public synchronized String hex() {
        ByteBuffer b = ByteBuffer.allocate(32);
        for (long lane : lanes) b.putLong(lane);
        return HexFormat.of().formatHex(b.array());
    }

    /**
     * The item as compact JSON with map keys and set members sorted (equal content, equal bytes),
     * written straight from the item: no sorted copy of it is built.
     */
    public static byte[] canonical(Map<String, AttributeValue> item) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = DynamoJson.FACTORY.createGenerator(out)) {
            writeSorted(g, item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeSorted(JsonGenerator g, Map<String, AttributeValue> map) throws IOException {
        String[] keys = map.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        g.writeStartObject();
        for (String key : keys) {
            g.writeFieldName(key);
            writeSorted(g, map.get(key));
        }
        g.writeEndObject();
    }

    private static void writeSorted(JsonGenerator g, AttributeValue v) throws IOException {
        switch (v.type()) {
            case SS -> writeSortedStrings(g, "SS", v.ss());
            case NS -> writeSortedStrings(g, "NS", v.ns());
            case BS -> writeSortedStrings(g, "BS", v.bs().stream()
                    .map(b -> Base64.getEncoder().encodeToString(b.asByteArrayUnsafe())).toList());
            case M -> {
                g.writeStartObject();
                g.writeFieldName("M");
                writeSorted(g, v.m());
                g.writeEndObject();
            }
            case L -> {
                g.writeStartObject();
                g.writeArrayFieldStart("L");
                for (AttributeValue e : v.l()) writeSorted(g, e);
                g.writeEndArray();
                g.writeEndObject();
            }
            default -> DynamoJson.writeValue(g, v);
        }
    }

    private static void writeSortedStrings(JsonGenerator g, String tag, List<String> values) throws IOException {
        String[] sorted = values.toArray(new String[0]);
        Arrays.sort(sorted);
        g.writeStartObject();
        g.writeArrayFieldStart(tag);
        for (String s : sorted) g.writeString(s);
        g.writeEndArray();
        g.writeEndObject();
    }

    static byte[] sha256(byte[] bytes) {
        return newSha256().digest(bytes);
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
