package dev.dynamobackup.cli;

import dev.dynamobackup.model.Problem;
import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.ReplayItem;
import dev.dynamobackup.model.ReplayStep;
import dev.dynamobackup.model.RestoreProgress;
import dev.dynamobackup.model.RestoreRecord;
import dev.dynamobackup.model.RestoreStarted;
import dev.dynamobackup.model.SourceSettings;

import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What both restore commands do after the call: with --wait, follow the table until ACTIVE, record the
 * duration in the restore history, re-apply the source's settings when asked, and print the outcome.
 */
final class RestoreFollowUp {
    static final Duration POLL = Duration.ofSeconds(Long.getLong("dbm.cli.pollSeconds", 10));
    static final Duration TIMEOUT = Duration.ofHours(6);

    private RestoreFollowUp() {
    }

    static Map<String, Object> finish(AppServices s, ConnectionTarget target, RestoreStarted started, boolean wait,
                                      SourceSettings replay) throws InterruptedException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("targetTable", started.table().name());
        result.put("targetArn", started.table().arn());
        result.put("sourceTable", started.sourceTable());
        result.put("kind", started.kind());
        result.put("started", started.started().toString());
        result.put("status", started.table().status());
        if (!wait) return result;
        RestoreProgress done = s.recovery().restores().waitUntilActive(target, started.table().name(), POLL, TIMEOUT);
        RestoreRecord record = new RestoreRecord(target.region(), started.sourceTable() == null ? "" : started.sourceTable(),
                started.table().name(), started.kind(), started.started(), s.recovery().restores().now());
        s.recovery().history().onDamaged(aside -> result.put("warning", historyDamaged(aside)));
        s.recovery().history().record(record);
        result.put("status", done.table().status());
        result.put("durationSeconds", record.duration().toMillis() / 1000.0);
        if (replay != null) {
            List<ReplayStep> steps = s.recovery().replay().replay(target, started.table().name(), replay, EnumSet.allOf(ReplayItem.class));
            result.put("replay", steps.stream().map(st -> Map.of("item", st.item().name(), "outcome", st.outcome().name(),
                    "detail", st.text())).toList());
        }
        return result;
    }

    /** The same sentence as the GUI's (messages.properties history.damaged.text). */
    static String historyDamaged(java.nio.file.Path aside) {
        return dev.dynamobackup.service.validation.ProblemText.of(Problem.of("history.damaged", aside));
    }

    static void print(java.io.PrintWriter out, OutputOptions output, Map<String, Object> result) {
        if (output.json()) {
            OutputOptions.writeJson(out, result);
            return;
        }
        out.println("Restore of " + result.get("targetTable") + " started (" + result.get("kind") + " from "
                + result.get("sourceTable") + "), status " + result.get("status") + ".");
        if (result.containsKey("durationSeconds")) {
            out.println("Table " + result.get("targetTable") + " is ACTIVE after " + result.get("durationSeconds") + " s.");
        }
        if (result.containsKey("warning")) out.println("warning: " + result.get("warning"));
        Object replay = result.get("replay");
        if (replay instanceof List<?> steps) {
            for (Object o : steps) {
                Map<?, ?> st = (Map<?, ?>) o;
                out.println("  " + st.get("item") + ": " + st.get("outcome") + " - " + st.get("detail"));
            }
        }
        out.flush();
    }
}
