package dev.dynamobackup.service.snapshot;

import com.fasterxml.jackson.core.JsonParser;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Reads the items of one data part, one at a time (a part is never held in memory whole). */
final class PartReader implements AutoCloseable {
    private final JsonParser parser;

    PartReader(Path file) throws IOException {
        parser = DynamoJson.FACTORY.createParser(new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), 1 << 16));
    }

    /** The next item, or null at the end of the part. */
    Map<String, AttributeValue> next() throws IOException {
        return DynamoJson.readItemLine(parser);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
