package dev.dynamobackup.bench;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/** The benchmark's small items (id, a number, a short string: about 60 bytes of DynamoDB JSON each). */
final class BenchItems {
    private BenchItems() {
    }

    static Map<String, AttributeValue> item(int i) {
        return Map.of(
                "id", AttributeValue.fromS(String.format("item-%08d", i)),
                "n", AttributeValue.fromN(Integer.toString(i)),
                "s", AttributeValue.fromS("value number " + i));
    }
}
