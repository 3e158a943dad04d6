package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.model.Problem;
import dev.dynamobackup.service.validation.ProblemText;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB JSON, the wire and export-to-S3 form of an item: {@code {"name":{"S":"x"},"n":{"N":"1.5"}}}.
 * Numbers stay strings (38 digits survive), binary is base64, sets keep their type tag. Streaming
 * Jackson both ways: one line is written or read without building a tree.
 */
public final class DynamoJson {
    public static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64_DECODE = Base64.getDecoder();

    private DynamoJson() {
    }

    /** Writes {@code {"Item":{...}}}, the line of an export part. */
    public static void writeItemLine(JsonGenerator g, Map<String, AttributeValue> item) throws IOException {
        g.writeStartObject();
        g.writeFieldName("Item");
        writeItem(g, item);
        g.writeEndObject();
    }

    public static void writeItem(JsonGenerator g, Map<String, AttributeValue> item) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            g.writeFieldName(e.getKey());
            writeValue(g, e.getValue());
        }
        g.writeEndObject();
    }

    public static void writeValue(JsonGenerator g, AttributeValue v) throws IOException {
        g.writeStartObject();
        switch (v.type()) {
            case S -> g.writeStringField("S", v.s());
            case N -> g.writeStringField("N", v.n());
            case B -> g.writeStringField("B", B64.encodeToString(v.b().asByteArrayUnsafe()));
            case BOOL -> g.writeBooleanField("BOOL", v.bool());
            case NUL -> g.writeBooleanField("NULL", true);
            case SS -> writeStrings(g, "SS", v.ss());
            case NS -> writeStrings(g, "NS", v.ns());
            case BS -> {
                g.writeArrayFieldStart("BS");
                for (SdkBytes b : v.bs()) g.writeString(B64.encodeToString(b.asByteArrayUnsafe()));
                g.writeEndArray();
            }
            case M -> {
                g.writeFieldName("M");
                writeItem(g, v.m());
            }
            case L -> {
                g.writeArrayFieldStart("L");
                for (AttributeValue e : v.l()) writeValue(g, e);
                g.writeEndArray();
            }
            default -> throw new IOException(ProblemText.of(Problem.of("snapshot.json.unknownType", v.type())));
        }
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String tag, List<String> values) throws IOException {
        g.writeArrayFieldStart(tag);
        for (String s : values) g.writeString(s);
        g.writeEndArray();
    }

    /** Reads one {@code {"Item":{...}}} line, or returns null at the end of the input. */
    public static Map<String, AttributeValue> readItemLine(JsonParser p) throws IOException {
        JsonToken start = p.nextToken();
        if (start == null) return null;
        expect(start, JsonToken.START_OBJECT, p);
        Map<String, AttributeValue> item = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if ("Item".equals(field)) item = readItem(p);
            else p.skipChildren();
        }
        if (item == null) throw new IOException(ProblemText.of(Problem.of("snapshot.json.noItem", p.currentLocation())));
        return item;
    }

    /** Reads an item map; the parser stands on its START_OBJECT. */
    public static Map<String, AttributeValue> readItem(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, p);
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            item.put(name, readValue(p));
        }
        return item;
    }

    private static AttributeValue readValue(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, p);
        if (p.nextToken() != JsonToken.FIELD_NAME) throw new IOException(ProblemText.of(Problem.of("snapshot.json.emptyValue", p.currentLocation())));
        String tag = p.currentName();
        JsonToken t = p.nextToken();
        AttributeValue value = switch (tag) {
            case "S" -> AttributeValue.fromS(text(p, t));
            case "N" -> AttributeValue.fromN(text(p, t));
            case "B" -> AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(B64_DECODE.decode(text(p, t))));
            case "BOOL" -> AttributeValue.fromBool(p.getBooleanValue());
            case "NULL" -> AttributeValue.fromNul(p.getBooleanValue());
            case "SS" -> AttributeValue.fromSs(strings(p));
            case "NS" -> AttributeValue.fromNs(strings(p));
            case "BS" -> AttributeValue.fromBs(strings(p).stream()
                    .map(s -> SdkBytes.fromByteArrayUnsafe(B64_DECODE.decode(s))).toList());
            case "M" -> AttributeValue.fromM(readItem(p));
            case "L" -> {
                expect(t, JsonToken.START_ARRAY, p);
                List<AttributeValue> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) list.add(readValue(p));
                yield AttributeValue.fromL(list);
            }
            default -> throw new IOException(ProblemText.of(Problem.of("snapshot.json.unknownTag", tag, p.currentLocation())));
        };
        expect(p.nextToken(), JsonToken.END_OBJECT, p);
        return value;
    }

    private static String text(JsonParser p, JsonToken t) throws IOException {
        expect(t, JsonToken.VALUE_STRING, p);
        return p.getText();
    }

    private static List<String> strings(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY, p);
        List<String> values = new ArrayList<>();
        while (p.nextToken() == JsonToken.VALUE_STRING) values.add(p.getText());
        expect(p.currentToken(), JsonToken.END_ARRAY, p);
        return values;
    }

    private static void expect(JsonToken actual, JsonToken wanted, JsonParser p) throws IOException {
        if (actual != wanted) throw new IOException(ProblemText.of(Problem.of("snapshot.json.unexpected", wanted, actual, p.currentLocation())));
    }
}
