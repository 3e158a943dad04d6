package dev.dynamobackup.service.snapshot;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The canonical form the import's check compares: keys and set members sorted, whatever order they come in. */
class ContentDigestTest {

    private static Map<String, AttributeValue> item(boolean reversed) {
        Map<String, AttributeValue> nested = new LinkedHashMap<>();
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        if (reversed) {
            nested.put("z", AttributeValue.fromNs(List.of("10", "-1.5")));
            nested.put("a", AttributeValue.fromL(List.of(AttributeValue.fromSs(List.of("y", "x")), AttributeValue.fromNul(true))));
            item.put("set", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("b"), SdkBytes.fromUtf8String("a"))));
            item.put("m", AttributeValue.fromM(nested));
            item.put("id", AttributeValue.fromS("k"));
        } else {
            nested.put("a", AttributeValue.fromL(List.of(AttributeValue.fromSs(List.of("x", "y")), AttributeValue.fromNul(true))));
            nested.put("z", AttributeValue.fromNs(List.of("-1.5", "10")));
            item.put("id", AttributeValue.fromS("k"));
            item.put("m", AttributeValue.fromM(nested));
            item.put("set", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("a"), SdkBytes.fromUtf8String("b"))));
        }
        return item;
    }

    @Test
    void keysAndSetMembersAreSortedAndListsKeepTheirOrder() {
        String expected = "{\"id\":{\"S\":\"k\"},\"m\":{\"M\":{\"a\":{\"L\":[{\"SS\":[\"x\",\"y\"]},{\"NULL\":true}]},"
                + "\"z\":{\"NS\":[\"-1.5\",\"10\"]}}},\"set\":{\"BS\":[\"YQ==\",\"Yg==\"]}}";
        assertEquals(expected, new String(ContentDigest.canonical(item(false)), StandardCharsets.UTF_8));
        assertEquals(expected, new String(ContentDigest.canonical(item(true)), StandardCharsets.UTF_8));
    }

    @Test
    void theDigestIgnoresItemOrderButNotContent() {
        ContentDigest forward = new ContentDigest();
        forward.add(item(false));
        forward.add(Map.of("id", AttributeValue.fromS("other")));
        ContentDigest backward = new ContentDigest();
        backward.add(Map.of("id", AttributeValue.fromS("other")));
        backward.add(item(true));
        assertEquals(forward.hex(), backward.hex());
        assertEquals(2, backward.items());

        ContentDigest changed = new ContentDigest();
        changed.add(item(false));
        changed.add(Map.of("id", AttributeValue.fromS("other2")));
        assertNotEquals(forward.hex(), changed.hex());
    }
}
