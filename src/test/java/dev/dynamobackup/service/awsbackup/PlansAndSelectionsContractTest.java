package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.CopyRule;
import dev.dynamobackup.model.awsbackup.Lifecycle;
import dev.dynamobackup.model.awsbackup.PlanDraft;
import dev.dynamobackup.model.awsbackup.PlanRule;
import dev.dynamobackup.model.awsbackup.PlanSummary;
import dev.dynamobackup.model.awsbackup.Selection;
import dev.dynamobackup.model.awsbackup.SelectionRequest;
import dev.dynamobackup.model.awsbackup.TagCondition;
import dev.dynamobackup.service.BackupService;
import dev.dynamobackup.testing.BackupContract;
import dev.dynamobackup.testing.RequestRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.backup.model.CreateBackupPlanRequest;
import software.amazon.awssdk.services.backup.model.CreateBackupSelectionRequest;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Selections, plan deletion and the advanced-backup check, through the contract server (plans stay in moto). */
class PlansAndSelectionsContractTest {
    private final BackupContract contract = new BackupContract();
    private final RequestRecorder recorder = new RequestRecorder();
    private AwsClients clients;
    private AwsBackupServices services;
    private ConnectionTarget east;

    @BeforeEach
    void setUp(@TempDir Path dir) {
        contract.server().reset();
        clients = contract.clients(dir, recorder);
        services = AwsBackupServices.create(clients, new BackupService(clients));
        east = contract.target("us-east-1");
        services.vaults().create(east, "Default", null);
    }

    @AfterEach
    void noContractViolations() {
        assertEquals(List.of(), contract.server().violations());
        clients.close();
    }

    @Test
    void seed002sPlanNeedsAdvancedBackupThenSavesWithItsLifecycle() {
        PlanDraft lab = PlanTemplates.require("daily-cold-31-delete-366").draft("lab", "Default");
        var refused = assertThrows(AwsBackupRefusedException.class, () -> services.plans().create(east, lab));
        assertTrue(refused.getMessage().contains("\"advanced DynamoDB backup\" setting, and it is off in us-east-1"), refused.getMessage());
        assertEquals(List.of(), recorder.of(CreateBackupPlanRequest.class));

        assertTrue(services.regionSettings().enableAdvancedDynamoDb(east).advancedDynamoDb());
        PlanSummary plan = services.plans().create(east, lab);
        PlanRule rule = services.plans().get(east, plan.id(), false).plan().rules().get(0);
        assertEquals(new Lifecycle(31, 366), rule.lifecycle());
        assertEquals("cron(0 5 ? * * *)", rule.schedule());
    }

    @Test
    void aCrossRegionCopyRuleRoundTrips() {
        services.regionSettings().enableAdvancedDynamoDb(east);
        String west = "arn:aws:backup:eu-west-1:123456789012:backup-vault:DisasterRecovery";
        PlanRule rule = new PlanRule("Daily", "Default", "cron(0 5 ? * * *)", "Etc/UTC", 60, 180, Lifecycle.deleteAfter(35),
                List.of(new CopyRule(west, new Lifecycle(30, 365))));
        PlanSummary plan = services.plans().create(east, new PlanDraft("dr", List.of(rule)));
        assertEquals(rule, services.plans().get(east, plan.id(), false).plan().rules().get(0));
    }

    @Test
    void tablesAreAssignedByArnAndTagWithTheDefaultRoleAndGoWithThePlan() {
        contract.moto().createTable("us-east-1", "Orders", "pk", null);
        PlanSummary plan = services.plans().create(east, PlanTemplates.require("daily-35").draft("daily", "Default"));
        String orders = services.selections().tableArn(east, "Orders");

        Selection s = services.selections().assign(east, new SelectionRequest(plan.id(), null, null, List.of(orders),
                List.of(new TagCondition("backup", "daily"))));
        assertEquals("arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole", s.iamRoleArn());
        assertEquals(List.of(orders), s.resources());
        assertEquals(List.of(new TagCondition("backup", "daily")), s.tags());
        assertNotNull(recorder.of(CreateBackupSelectionRequest.class).get(0).creatorRequestId());
        assertEquals(List.of(s), services.plans().get(east, plan.id(), true).selections());

        services.plans().delete(east, plan.id());
        assertEquals(List.of(), services.plans().list(east));
        List<String> ops = contract.server().operations();
        assertTrue(ops.indexOf("DeleteBackupSelection") < ops.indexOf("DeleteBackupPlan"), ops.toString());
    }

    @Test
    void anEmptyOrBadSelectionIsRefusedBeforeAnyCall() {
        recorder.clear();
        var empty = assertThrows(AwsBackupRefusedException.class,
                () -> services.selections().assign(east, new SelectionRequest("p", null, null, List.of(), List.of())));
        assertTrue(empty.getMessage().startsWith("Name at least one table"), empty.getMessage());
        var arn = assertThrows(AwsBackupRefusedException.class,
                () -> services.selections().assign(east, new SelectionRequest("p", null, null, List.of("Orders"), List.of())));
        assertTrue(arn.getMessage().contains("is not a DynamoDB table ARN"), arn.getMessage());
        assertEquals(0, recorder.count());
    }
}
