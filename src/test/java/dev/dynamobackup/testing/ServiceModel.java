package dev.dynamobackup.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * An AWS service model as botocore ships it ({@code botocore/data/SERVICE/VERSION/service-2.json[.gz]}):
 * finds the operation of a REST request and checks request and response members against the shapes,
 * so a wrong field name or a missing required one is a failure, not a silent null.
 */
public final class ServiceModel {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path botocoreData;

    private final JsonNode operations;
    private final JsonNode shapes;
    private final List<Route> routes = new ArrayList<>();

    /** An operation's HTTP method and path template as a regex, with its label names in order. */
    public record Route(String operation, String method, Pattern path, List<String> labels, int literalLength) {
    }

    /** An operation matched to a request, with its decoded path labels. */
    public record Match(String operation, Map<String, String> labels) {
    }

    private ServiceModel(JsonNode model) {
        this.operations = model.get("operations");
        this.shapes = model.get("shapes");
        operations.fields().forEachRemaining(e -> routes.add(route(e.getKey(), e.getValue().get("http"))));
    }

    /** The newest model of a service, e.g. {@code load("backup")}. */
    public static ServiceModel load(String service) {
        try {
            Path dir = botocoreData().resolve(service);
            Path version;
            try (var versions = Files.list(dir)) {
                version = versions.sorted().reduce((a, b) -> b).orElseThrow();
            }
            Path plain = version.resolve("service-2.json");
            try (InputStream in = Files.exists(plain) ? Files.newInputStream(plain)
                    : new GZIPInputStream(Files.newInputStream(version.resolve("service-2.json.gz")))) {
                return new ServiceModel(JSON.readTree(in));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the botocore model of " + service + ": " + e, e);
        }
    }

    /** botocore's data folder, found through the python3 that has moto installed. */
    static synchronized Path botocoreData() throws IOException {
        if (botocoreData == null) {
            Process p = new ProcessBuilder("python3", "-c", "import botocore,os;print(os.path.dirname(botocore.__file__))")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            try {
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            botocoreData = Path.of(out, "data");
            if (!Files.isDirectory(botocoreData)) throw new IOException("botocore not found: " + out);
        }
        return botocoreData;
    }

    public java.util.Set<String> operationNames() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        operations.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Route route(String name, JsonNode http) {
        String uri = http.get("requestUri").asText();
        int q = uri.indexOf('?');
        if (q >= 0) uri = uri.substring(0, q);
        List<String> labels = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher m = Pattern.compile("\\{([A-Za-z0-9]+)(\\+?)}").matcher(uri);
        int last = 0;
        int literal = 0;
        while (m.find()) {
            regex.append(Pattern.quote(uri.substring(last, m.start())));
            literal += m.start() - last;
            regex.append(m.group(2).isEmpty() ? "([^/]+)" : "(.+)");
            labels.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(uri.substring(last)));
        literal += uri.length() - last;
        return new Route(name, http.get("method").asText(), Pattern.compile(regex.toString()), labels, literal);
    }

    /** The operation a request is for (the most specific path wins), or null. */
    public Match match(String method, String rawPath) {
        Route best = null;
        Matcher bestMatcher = null;
        for (Route r : routes) {
            if (!r.method().equals(method)) continue;
            Matcher m = r.path().matcher(rawPath);
            if (m.matches() && (best == null || r.literalLength() > best.literalLength())) {
                best = r;
                bestMatcher = m;
            }
        }
        if (best == null) return null;
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (int i = 0; i < best.labels().size(); i++) {
            labels.put(best.labels().get(i), java.net.URLDecoder.decode(bestMatcher.group(i + 1).replace("+", "%2B"),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return new Match(best.operation(), labels);
    }

    /** Problems of a request: body members, query parameters and path labels against the input shape. */
    public List<String> checkInput(String operation, JsonNode body, Map<String, String> query, Map<String, String> labels) {
        List<String> problems = new ArrayList<>();
        JsonNode input = operations.get(operation).get("input");
        if (input == null) return problems;
        JsonNode shape = shapes.get(input.get("shape").asText());
        java.util.Set<String> queryNames = new java.util.HashSet<>();
        java.util.Set<String> present = new java.util.HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = shape.get("members").fields(); it.hasNext(); ) {
            var e = it.next();
            String location = e.getValue().path("location").asText("");
            String locationName = e.getValue().path("locationName").asText(e.getKey());
            if (location.equals("querystring")) {
                queryNames.add(locationName);
                if (query.containsKey(locationName)) present.add(e.getKey());
            } else if (location.equals("uri")) {
                if (labels.containsKey(locationName)) present.add(e.getKey());
            }
        }
        for (String q : query.keySet()) {
            if (!queryNames.contains(q)) problems.add(operation + ": unknown query parameter '" + q + "'");
        }
        ObjectMapper m = JSON;
        JsonNode bodyNode = body == null ? m.createObjectNode() : body;
        bodyNode.fieldNames().forEachRemaining(present::add);
        checkStructure(operation + " request", shape, bodyNode, true, problems);
        for (JsonNode required : shape.path("required")) {
            if (!present.contains(required.asText())) problems.add(operation + ": required member " + required.asText() + " missing");
        }
        return problems;
    }

    /** Problems of a response body against the output shape (member names and kinds, recursively). */
    public List<String> checkOutput(String operation, JsonNode body) {
        List<String> problems = new ArrayList<>();
        JsonNode output = operations.get(operation).get("output");
        if (output == null) {
            if (body != null && body.size() > 0) problems.add(operation + ": the model has no output, got " + body);
            return problems;
        }
        checkStructure(operation + " response", shapes.get(output.get("shape").asText()), body, true, problems);
        return problems;
    }

    /** The HTTP status the model gives an error shape (400 when none). */
    public int errorStatus(String errorShape) {
        JsonNode s = shapes.get(errorShape);
        return s == null ? 400 : s.path("error").path("httpStatusCode").asInt(400);
    }

    private void checkStructure(String where, JsonNode shape, JsonNode value, boolean topLevel, List<String> problems) {
        if (!value.isObject()) {
            problems.add(where + ": expected an object, got " + value);
            return;
        }
        JsonNode members = shape.get("members");
        value.fields().forEachRemaining(e -> {
            JsonNode member = members.get(e.getKey());
            if (member == null || (topLevel && member.has("location"))) {
                problems.add(where + ": unknown member '" + e.getKey() + "'");
            } else {
                checkValue(where + "." + e.getKey(), shapes.get(member.get("shape").asText()), e.getValue(), problems);
            }
        });
    }

    private void checkValue(String where, JsonNode shape, JsonNode value, List<String> problems) {
        if (value.isNull()) return;
        String type = shape.get("type").asText();
        switch (type) {
            case "structure" -> checkStructure(where, shape, value, false, problems);
            case "list" -> {
                if (!value.isArray()) problems.add(where + ": expected a list");
                else value.forEach(v -> checkValue(where + "[]", shapes.get(shape.get("member").get("shape").asText()), v, problems));
            }
            case "map" -> {
                if (!value.isObject()) problems.add(where + ": expected a map");
                else value.forEach(v -> checkValue(where + "{}", shapes.get(shape.get("value").get("shape").asText()), v, problems));
            }
            case "string" -> {
                if (!value.isTextual()) problems.add(where + ": expected a string, got " + value);
                else if (shape.has("enum")) {
                    boolean known = false;
                    for (JsonNode v : shape.get("enum")) known |= v.asText().equals(value.asText());
                    if (!known) problems.add(where + ": '" + value.asText() + "' is not one of " + shape.get("enum"));
                }
            }
            case "integer", "long", "double", "float", "timestamp" -> {
                if (!value.isNumber()) problems.add(where + ": expected a number (" + type + "), got " + value);
            }
            case "boolean" -> {
                if (!value.isBoolean()) problems.add(where + ": expected a boolean, got " + value);
            }
            default -> { }
        }
    }
}
