package dev.dynamobackup.ui.backups;

import dev.dynamobackup.model.BackupRequest;
import dev.dynamobackup.model.PitrStatus;
import dev.dynamobackup.model.TableSummary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wizard's rules without a window: pre-selection, live validation, tables that are not ACTIVE. */
class CreateBackupModelTest {
    private static TableSummary table(String name, String status) {
        return new TableSummary(name, "arn:" + name, status, 0, 0, "PAY_PER_REQUEST", PitrStatus.UNKNOWN, false, null,
                List.of(), List.of(), 0, 0, null, null, null, Map.of(), "STANDARD");
    }

    private final CreateBackupModel model = new CreateBackupModel(
            List.of(table("Forum", "ACTIVE"), table("Reply", "ACTIVE"), table("Thread", "UPDATING")),
            List.of("Reply"), t -> t + "-default");

    @Test
    void theCurrentTableIsPreselectedWithADefaultName() {
        assertEquals(List.of(new BackupRequest("Reply", "Reply-default")), model.requests());
        assertEquals(Optional.empty(), model.createProblemProperty().get());
        assertEquals(Optional.empty(), model.sourceProblemProperty().get());
    }

    @Test
    void namesAreValidatedAsTyped() {
        model.rows().get(0).nameProperty().set("no");
        assertTrue(model.createProblemProperty().get().orElseThrow().startsWith("Reply: A backup name needs 3 to 255"), model.createProblemProperty().get().toString());
        model.rows().get(0).nameProperty().set("fine-name");
        assertEquals(Optional.empty(), model.createProblemProperty().get());
    }

    @Test
    void severalTablesAndATableThatIsNotActive() {
        model.choices().get(0).selectedProperty().set(true);
        assertEquals(List.of("Forum", "Reply"), model.requests().stream().map(BackupRequest::tableName).toList());
        model.choices().get(2).selectedProperty().set(true);
        assertEquals(Optional.of("Thread: Table Thread is UPDATING: a backup can be made only of an ACTIVE table."), model.createProblemProperty().get());
        model.choices().forEach(c -> c.selectedProperty().set(false));
        assertEquals(Optional.of("Choose at least one table."), model.sourceProblemProperty().get());
    }

    @Test
    void aTypedNameSurvivesUntickingAndTicking() {
        model.rows().get(0).nameProperty().set("kept-name");
        model.choices().get(1).selectedProperty().set(false);
        model.choices().get(1).selectedProperty().set(true);
        assertEquals("kept-name", model.rows().get(0).nameProperty().get());
    }

    @Test
    void awsBackupIsRefusedWithTheReasonWhereTheEndpointHasNone() {
        CreateBackupModel noAwsBackup = new CreateBackupModel(List.of(table("Forum", "ACTIVE")), List.of("Forum"), t -> t + "-default",
                true, java.nio.file.Path.of("snapshots"), Optional.of("Not available here: no AWS Backup."));
        assertEquals(Optional.of("Not available here: no AWS Backup."), noAwsBackup.awsBackupUnavailable());
        noAwsBackup.methodProperty().set(BackupMethod.AWS_BACKUP);
        assertEquals(Optional.of("Not available here: no AWS Backup."), noAwsBackup.createProblemProperty().get());
        noAwsBackup.methodProperty().set(BackupMethod.DYNAMODB);
        assertEquals(Optional.empty(), noAwsBackup.createProblemProperty().get());
        assertEquals(Optional.empty(), model.awsBackupUnavailable(), "offered where the endpoint has AWS Backup");
    }
}
