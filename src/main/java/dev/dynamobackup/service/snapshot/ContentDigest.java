package dev.dynamobackup.service.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of a table's content that does not depend on the order items are scanned in, nor on the
 * order DynamoDB returns set members or map keys: each item's canonical form (sorted keys, sorted set
 * members) is hashed with SHA-256 and the hashes are added up lane by lane. The export records it;
 * an import scans the new table and compares. Thread-safe: workers add to one instance.
 */
public final class ContentDigest {
    private final long[] lanes = new long[4];
    private long items;

    public void add(Map<String, AttributeValue> item) {
        byte[] hash = sha256(canonical(item));
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

    /** The item as compact JSON with map keys and set members sorted (equal content, equal bytes). */
    public static byte[] canonical(Map<String, AttributeValue> item) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = DynamoJson.FACTORY.createGenerator(out)) {
            DynamoJson.writeItem(g, sorted(item));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Map<String, AttributeValue> sorted(Map<String, AttributeValue> map) {
        Map<String, AttributeValue> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(k, sorted(v)));
        return sorted;
    }

    private static AttributeValue sorted(AttributeValue v) {
        return switch (v.type()) {
            case SS -> AttributeValue.fromSs(sortedCopy(v.ss()));
            case NS -> AttributeValue.fromNs(sortedCopy(v.ns()));
            case BS -> AttributeValue.fromBs(sortedCopy(v.bs().stream()
                    .map(b -> Base64.getEncoder().encodeToString(b.asByteArrayUnsafe())).toList()).stream()
                    .map(s -> SdkBytes.fromByteArrayUnsafe(Base64.getDecoder().decode(s))).toList());
            case M -> AttributeValue.fromM(sorted(v.m()));
            case L -> AttributeValue.fromL(v.l().stream().map(ContentDigest::sorted).toList());
            default -> v;
        };
    }

    private static List<String> sortedCopy(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
