package dev.dynamobackup.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stateful AWS Backup test server in front of moto. It speaks AWS Backup's REST protocol for what
 * moto lacks (selections, jobs, recovery points, region settings: {@link BackupContractState}; plan updates: {@link PlanUpdateOverlay}) and
 * forwards everything else (DynamoDB, vaults, vault lock, plans, tags) to moto. Every request and
 * response of its own operations is checked against botocore's AWS Backup model: a field the model
 * does not know, or a missing required one, is answered with an error and kept in {@link #violations()}.
 */
public final class BackupContractServer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SCOPE = Pattern.compile("Credential=[^/]+/\\d+/([a-z0-9-]+)/([a-z0-9-]+)/aws4_request");
    private static final Set<String> OWN = Set.of("CreateBackupSelection", "GetBackupSelection", "ListBackupSelections",
            "DeleteBackupSelection", "DescribeRegionSettings", "UpdateRegionSettings", "StartBackupJob", "DescribeBackupJob",
            "ListBackupJobs", "StartRestoreJob", "DescribeRestoreJob", "ListRestoreJobs", "StartCopyJob", "DescribeCopyJob",
            "ListCopyJobs", "ListRecoveryPointsByBackupVault", "ListRecoveryPointsByResource", "DescribeRecoveryPoint",
            "DeleteRecoveryPoint");
    /** UpdateBackupPlan (moto lacks it) and the calls whose answers show an updated plan's new version. */
    private static final Set<String> PLAN_VERSIONS = Set.of("UpdateBackupPlan", "GetBackupPlan", "ListBackupPlans", "DeleteBackupPlan");
    private static final Set<String> HOP_HEADERS = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "transfer-encoding", "keep-alive");
    private static BackupContractServer instance;

    private final MotoServer moto;
    private final HttpServer server;
    private final HttpClient forward = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ServiceModel model = ServiceModel.load("backup");
    private final BackupContractState state;
    private final PlanUpdateOverlay planVersions = new PlanUpdateOverlay();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final List<String> operations = new CopyOnWriteArrayList<>();

    private BackupContractServer(MotoServer moto) throws IOException {
        this.moto = moto;
        this.state = new BackupContractState(moto.endpoint());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "backup-contract");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    /** The one server of the test JVM (over the shared moto). */
    public static synchronized BackupContractServer get() {
        if (instance == null) {
            try {
                instance = new BackupContractServer(MotoServer.get());
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the AWS Backup contract server: " + e, e);
            }
        }
        return instance;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Clears moto and this server's state (call before each test). */
    public void reset() {
        moto.reset();
        state.reset();
        planVersions.reset();
        violations.clear();
        operations.clear();
    }

    /** Requests or responses that did not fit the AWS Backup model since the last reset. */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    /** The AWS Backup operations received since the last reset (own and forwarded), in order. */
    public List<String> operations() {
        return List.copyOf(operations);
    }

    /** Moves a recovery point's creation time (e.g. past a vault lock's minimum retention). */
    public void backdate(String pointArn, java.time.Instant created) {
        state.backdate(pointArn, created);
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            byte[] body = ex.getRequestBody().readAllBytes();
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            Matcher scope = SCOPE.matcher(auth == null ? "" : auth);
            String rawPath = ex.getRequestURI().getRawPath();
            if (scope.find() && "backup".equals(scope.group(2))) {
                ServiceModel.Match match = model.match(ex.getRequestMethod(), rawPath);
                if (match != null) {
                    operations.add(match.operation());
                    if (OWN.contains(match.operation())) {
                        own(ex, match, scope.group(1), body);
                        return;
                    }
                    if (match.operation().equals("DescribeBackupVault") || match.operation().equals("ListBackupVaults")) {
                        countPoints(ex, match, scope.group(1), body);
                        return;
                    }
                    if (PLAN_VERSIONS.contains(match.operation())) {
                        planVersion(ex, match, scope.group(1), body);
                        return;
                    }
                }
            }
            HttpResponse<byte[]> r = forward(ex, body);
            send(ex, r.statusCode(), r.headers().map(), r.body());
        } catch (RuntimeException e) {
            violations.add("contract server failure: " + e);
            send(ex, 500, Map.of(), ("{\"message\":\"" + e + "\"}").getBytes(StandardCharsets.UTF_8));
        } finally {
            ex.close();
        }
    }

    private void own(HttpExchange ex, ServiceModel.Match match, String region, byte[] body) throws IOException {
        String op = match.operation();
        JsonNode input = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        Map<String, String> query = query(ex.getRequestURI().getRawQuery());
        List<String> problems = model.checkInput(op, input, query, match.labels());
        if (!problems.isEmpty()) {
            violations.addAll(problems);
            error(ex, "InvalidParameterValueException", "contract: " + String.join("; ", problems));
            return;
        }
        Object result;
        try {
            result = state.handle(op, region, match.labels(), query, input);
        } catch (ContractError e) {
            error(ex, e.code, e.getMessage());
            return;
        }
        JsonNode output = result == null ? JSON.createObjectNode() : JSON.valueToTree(result);
        List<String> outProblems = model.checkOutput(op, output);
        if (!outProblems.isEmpty()) {
            violations.addAll(outProblems);
            error(ex, "ServiceUnavailableException", "contract: " + String.join("; ", outProblems));
            return;
        }
        send(ex, 200, Map.of("Content-Type", List.of("application/json")), JSON.writeValueAsBytes(output));
    }

    /** moto does not count recovery points it does not have: the count comes from this server's state. */
    private void countPoints(HttpExchange ex, ServiceModel.Match match, String region, byte[] body) throws IOException {
        HttpResponse<byte[]> r = forward(ex, body);
        if (r.statusCode() != 200) {
            send(ex, r.statusCode(), r.headers().map(), r.body());
            return;
        }
        JsonNode out = JSON.readTree(r.body());
        if (match.operation().equals("DescribeBackupVault")) {
            ((ObjectNode) out).put("NumberOfRecoveryPoints", state.pointsIn(region, out.get("BackupVaultName").asText()));
        } else {
            for (JsonNode v : out.path("BackupVaultList")) {
                ((ObjectNode) v).put("NumberOfRecoveryPoints", state.pointsIn(region, v.get("BackupVaultName").asText()));
            }
        }
        send(ex, 200, Map.of("Content-Type", List.of("application/json")), JSON.writeValueAsBytes(out));
    }

    /**
     * UpdateBackupPlan is checked against the model and kept in {@link PlanUpdateOverlay} once moto knows the
     * plan; GetBackupPlan and ListBackupPlans answers then show the new version (checked against the model too).
     */
    private void planVersion(HttpExchange ex, ServiceModel.Match match, String region, byte[] body) throws IOException {
        String op = match.operation();
        String planId = match.labels().get("backupPlanId");
        if (op.equals("UpdateBackupPlan")) {
            JsonNode input = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
            List<String> problems = model.checkInput(op, input, query(ex.getRequestURI().getRawQuery()), match.labels());
            if (!problems.isEmpty()) {
                violations.addAll(problems);
                error(ex, "InvalidParameterValueException", "contract: " + String.join("; ", problems));
                return;
            }
            HttpResponse<byte[]> existing = forward(ex, "GET", "/backup/plans/" + planId + "/", new byte[0]);
            if (existing.statusCode() != 200) {
                send(ex, existing.statusCode(), existing.headers().map(), existing.body());
                return;
            }
            JsonNode plan = JSON.readTree(existing.body());
            ObjectNode out = JSON.createObjectNode();
            out.put("BackupPlanId", planId);
            out.set("BackupPlanArn", plan.get("BackupPlanArn"));
            out.set("CreationDate", plan.get("CreationDate"));
            out.put("VersionId", planVersions.update(region, planId, input.get("BackupPlan")));
            checkedReply(ex, op, out);
            return;
        }
        HttpResponse<byte[]> r = forward(ex, body);
        if (op.equals("DeleteBackupPlan") && r.statusCode() == 200) planVersions.forget(region, planId);
        if (r.statusCode() != 200 || op.equals("DeleteBackupPlan") || planVersions.isEmpty()) {
            send(ex, r.statusCode(), r.headers().map(), r.body());
            return;
        }
        ObjectNode out = (ObjectNode) JSON.readTree(r.body());
        if (op.equals("GetBackupPlan")) planVersions.patchGet(region, planId, out);
        else planVersions.patchList(region, out);
        checkedReply(ex, op, out);
    }

    private void checkedReply(HttpExchange ex, String op, JsonNode out) throws IOException {
        List<String> outProblems = model.checkOutput(op, out);
        if (!outProblems.isEmpty()) {
            violations.addAll(outProblems);
            error(ex, "ServiceUnavailableException", "contract: " + String.join("; ", outProblems));
            return;
        }
        send(ex, 200, Map.of("Content-Type", List.of("application/json")), JSON.writeValueAsBytes(out));
    }

    private HttpResponse<byte[]> forward(HttpExchange ex, byte[] body) throws IOException {
        return forward(ex, ex.getRequestMethod(), ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery()), body);
    }

    /** Sends the request (or another one with the same headers: the signature's region) on to moto. */
    private HttpResponse<byte[]> forward(HttpExchange ex, String method, String pathAndQuery, byte[] body) throws IOException {
        URI target = moto.endpoint().resolve(pathAndQuery);
        HttpRequest.Builder b = HttpRequest.newBuilder(target)
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        ex.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase())) values.forEach(v -> b.header(name, v));
        });
        try {
            return forward.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forwarding to moto", e);
        }
    }

    private void error(HttpExchange ex, String code, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Code", code);
        body.put("Message", message);
        send(ex, model.errorStatus(code), Map.of("Content-Type", List.of("application/json"), "x-amzn-ErrorType", List.of(code)),
                JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange ex, int status, Map<String, List<String>> headers, byte[] body) throws IOException {
        headers.forEach((name, values) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase()) && !name.startsWith(":")) ex.getResponseHeaders().put(name, values);
        });
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) ex.getResponseBody().write(body);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return q;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            q.put(k, v);
        }
        return q;
    }
}
