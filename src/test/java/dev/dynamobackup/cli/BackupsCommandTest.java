package dev.dynamobackup.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.List;

import static dev.dynamobackup.cli.TablesCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dbm backups ...} in-process against moto. */
@WithMoto
class BackupsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterEach
    void restoreTerminal() {
        TerminalConfirmation.terminal = () -> null;
    }

    private static String arnOf(Moto moto, String table, String name) {
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            return ddb.createBackup(b -> b.tableName(table).backupName(name)).backupDetails().backupArn();
        }
    }

    @Test
    void createThenListThenDescribe(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        String ep = moto.endpoint().toString();

        var created = cli("backups", "create", "--table", "Orders", "--name", "orders-nightly", "--region", "us-east-1",
                "--endpoint", ep, "--output", "json");
        assertEquals(0, created.code(), created.err());
        String arn = JSON.readTree(created.out()).get("backups").get(0).get("arn").asText();
        assertTrue(arn.contains("table/Orders/backup/"), arn);

        var list = cli("backups", "list", "--region", "us-east-1", "--endpoint", ep);
        assertEquals(0, list.code(), list.err());
        List<String> lines = list.out().lines().toList();
        assertTrue(lines.get(0).startsWith("NAME"), list.out());
        assertEquals(2, lines.size(), list.out());
        assertTrue(lines.get(1).startsWith("orders-nightly  Orders  AVAILABLE  USER"), list.out());

        var describe = cli("backups", "describe", "--arn", arn, "--region", "us-east-1", "--endpoint", ep, "--output", "json");
        assertEquals(0, describe.code(), describe.err());
        JsonNode d = JSON.readTree(describe.out());
        assertEquals("orders-nightly", d.get("name").asText());
        assertEquals("Orders", d.get("tableName").asText());
    }

    @Test
    void createsSeveralTablesWithDefaultNames(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Forum", "pk", null);
        moto.createTable("us-east-1", "Thread", "pk", null);
        var run = cli("backups", "create", "--table", "Forum", "--table", "Thread", "--region", "us-east-1",
                "--endpoint", moto.endpoint().toString(), "--output", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode backups = JSON.readTree(run.out()).get("backups");
        assertEquals(2, backups.size());
        assertTrue(backups.get(0).get("name").asText().matches("Forum-\\d{8}-\\d{6}"), backups.toString());
        assertTrue(backups.get(1).get("name").asText().matches("Thread-\\d{8}-\\d{6}"), backups.toString());
    }

    @Test
    void invalidNameIsRefusedBeforeAnyCall() {
        // the endpoint does not exist: a call would fail with "Could not reach", not with the name rule
        var run = cli("backups", "create", "--table", "Orders", "--name", "bad name!", "--region", "us-east-1",
                "--endpoint", "http://127.0.0.1:9");
        assertEquals(2, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("a space is not allowed"), run.err());
        assertTrue(run.err().endsWith("(see 'dbm backups create --help')" + System.lineSeparator()), run.err());
    }

    @Test
    void listFiltersByTableTypeAndTime(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        moto.createTable("us-east-1", "Users", "pk", null);
        arnOf(moto, "Orders", "orders-1");
        arnOf(moto, "Users", "users-1");
        String ep = moto.endpoint().toString();

        var byTable = cli("backups", "list", "--table", "Users", "--region", "us-east-1", "--endpoint", ep, "--output", "json");
        assertEquals(List.of("users-1"), names(byTable.out()));
        var system = cli("backups", "list", "--type", "SYSTEM", "--region", "us-east-1", "--endpoint", ep, "--output", "json");
        assertEquals(List.of(), names(system.out()), "moto ignores the type: filtered again here");
        var future = cli("backups", "list", "--from", "2999-01-01", "--region", "us-east-1", "--endpoint", ep, "--output", "json");
        assertEquals(List.of(), names(future.out()));
        var past = cli("backups", "list", "--to", "2999-01-01T00:00:00Z", "--region", "us-east-1", "--endpoint", ep, "--output", "json");
        assertEquals(2, names(past.out()).size());
        var bad = cli("backups", "list", "--from", "yesterday", "--region", "us-east-1", "--endpoint", ep);
        assertEquals(2, bad.code());
    }

    private static List<String> names(String json) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        JSON.readTree(json).get("backups").forEach(b -> names.add(b.get("name").asText()));
        return names;
    }

    @Test
    void deleteWithoutTerminalRefusesAndWithYesDeletes(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        String arn = arnOf(moto, "Orders", "orders-1");
        String ep = moto.endpoint().toString();
        TerminalConfirmation.terminal = () -> null;

        var refused = cli("backups", "delete", "--arn", arn, "--region", "us-east-1", "--endpoint", ep);
        assertEquals(2, refused.code());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().startsWith("error: no terminal to confirm on: run again with --yes"), refused.err());

        var deleted = cli("backups", "delete", "--arn", arn, "--yes", "--region", "us-east-1", "--endpoint", ep);
        assertEquals(0, deleted.code(), deleted.err());
        assertTrue(deleted.out().contains("DELETED"), deleted.out());
        var list = cli("backups", "list", "--region", "us-east-1", "--endpoint", ep, "--output", "json");
        assertEquals(List.of(), names(list.out()));
    }

    @Test
    void deleteAsksForDeleteOnTheTerminal(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        String arn = arnOf(moto, "Orders", "orders-1");
        String ep = moto.endpoint().toString();

        TerminalConfirmation.terminal = () -> text -> "delete";
        var wrong = cli("backups", "delete", "--arn", arn, "--region", "us-east-1", "--endpoint", ep);
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("you must type Delete exactly"), wrong.err());

        TerminalConfirmation.terminal = () -> text -> "Delete";
        var ok = cli("backups", "delete", "--arn", arn, "--region", "us-east-1", "--endpoint", ep);
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.err().contains("This permanently deletes 1 backup:"), ok.err());
        assertTrue(ok.out().contains("DELETED"), "stdout keeps only the result: " + ok.out());
    }

    @Test
    void deletingAMissingBackupIsOneExplainedLine(Moto moto) {
        moto.createTable("us-east-1", "Orders", "pk", null);
        var run = cli("backups", "delete", "--arn", "arn:aws:dynamodb:us-east-1:123456789012:table/Orders/backup/0-x",
                "--yes", "--region", "us-east-1", "--endpoint", moto.endpoint().toString());
        assertEquals(1, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: The backup was not found in us-east-1"), run.err());
    }
}
