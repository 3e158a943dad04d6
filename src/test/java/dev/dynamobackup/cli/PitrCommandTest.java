package dev.dynamobackup.cli;

import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.dynamobackup.cli.TablesCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dbm pitr disable} asks as {@code backups delete} does: the table name or Disable, --yes for scripts. */
@WithMoto
class PitrCommandTest {
    @AfterEach
    void restoreTerminal() {
        TerminalConfirmation.terminal = () -> null;
    }

    private static String pitrEnabled(Moto moto) {
        moto.createTable("us-east-1", "Orders", "pk", null);
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            ddb.updateContinuousBackups(b -> b.tableName("Orders")
                    .pointInTimeRecoverySpecification(s -> s.pointInTimeRecoveryEnabled(true).recoveryPeriodInDays(7)));
        }
        return moto.endpoint().toString();
    }

    private static PointInTimeRecoveryStatus status(Moto moto) {
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            return ddb.describeContinuousBackups(b -> b.tableName("Orders")).continuousBackupsDescription()
                    .pointInTimeRecoveryDescription().pointInTimeRecoveryStatus();
        }
    }

    @Test
    void withoutATerminalItRefusesWithExit2AndPitrStaysOn(Moto moto) {
        String ep = pitrEnabled(moto);
        TerminalConfirmation.terminal = () -> null;

        var refused = cli("pitr", "disable", "--table", "Orders", "--region", "us-east-1", "--endpoint", ep);

        assertEquals(2, refused.code(), refused.err());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().startsWith("error: no terminal to confirm on: run again with --yes to disable"
                + " point-in-time recovery of Orders"), refused.err());
        assertEquals("", refused.out());
        assertEquals(PointInTimeRecoveryStatus.ENABLED, status(moto));
    }

    @Test
    void aWrongAnswerChangesNothingAndTheTableNameOrDisableConfirms(Moto moto) {
        String ep = pitrEnabled(moto);
        List<String> asked = new CopyOnWriteArrayList<>();

        TerminalConfirmation.terminal = () -> text -> {
            asked.add(text);
            return "disable";
        };
        var wrong = cli("pitr", "disable", "--table", "Orders", "--region", "us-east-1", "--endpoint", ep);
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("not confirmed (you must type Orders or Disable exactly); point-in-time recovery is still on"), wrong.err());
        assertTrue(wrong.err().contains("its restore points (up to 7 days"), "says what is lost: " + wrong.err());
        assertEquals(List.of("Type Orders or Disable to confirm: "), asked);
        assertEquals(PointInTimeRecoveryStatus.ENABLED, status(moto));

        TerminalConfirmation.terminal = () -> text -> " Orders ";
        var byName = cli("pitr", "disable", "--table", "Orders", "--region", "us-east-1", "--endpoint", ep);
        assertEquals(0, byName.code(), byName.err());
        assertTrue(byName.out().lines().skip(1).findFirst().orElse("").startsWith("Orders  DISABLED"), byName.out());
        assertEquals(PointInTimeRecoveryStatus.DISABLED, status(moto));

        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            ddb.updateContinuousBackups(b -> b.tableName("Orders").pointInTimeRecoverySpecification(s -> s.pointInTimeRecoveryEnabled(true)));
        }
        TerminalConfirmation.terminal = () -> text -> "Disable";
        var byWord = cli("pitr", "disable", "--table", "Orders", "--region", "us-east-1", "--endpoint", ep, "--output", "json");
        assertEquals(0, byWord.code(), byWord.err());
        assertTrue(byWord.out().contains("\"status\" : \"DISABLED\"") || byWord.out().contains("\"status\":\"DISABLED\""), byWord.out());
        assertEquals(PointInTimeRecoveryStatus.DISABLED, status(moto));
    }

    @Test
    void yesDisablesWithoutAskingAndAnAlreadyOffTableIsNotAskedAbout(Moto moto) {
        String ep = pitrEnabled(moto);
        TerminalConfirmation.terminal = () -> text -> {
            throw new AssertionError("asked: " + text);
        };

        var yes = cli("pitr", "disable", "--table", "Orders", "--yes", "--region", "us-east-1", "--endpoint", ep);
        assertEquals(0, yes.code(), yes.err());
        assertEquals(PointInTimeRecoveryStatus.DISABLED, status(moto));

        var again = cli("pitr", "disable", "--table", "Orders", "--region", "us-east-1", "--endpoint", ep);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("DISABLED"), again.out());
    }
}
