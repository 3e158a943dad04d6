package dev.dynamobackup.tasks;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.Job;
import dev.dynamobackup.model.awsbackup.JobStarted;
import dev.dynamobackup.service.BackupService;
import dev.dynamobackup.service.awsbackup.AwsBackupServices;
import dev.dynamobackup.testing.BackupContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app's one StatusPoller follows an AWS Backup job to completion and then stops. */
class AwsBackupJobTargetContractTest {
    @Test
    void aRunningJobIsFollowedUntilItCompletes(@TempDir Path dir) {
        BackupContract contract = new BackupContract();
        contract.server().reset();
        contract.moto().createTable("us-east-1", "Orders", "pk", null);
        try (AwsClients clients = contract.clients(dir)) {
            AwsBackupServices s = AwsBackupServices.create(clients, new BackupService(clients));
            ConnectionTarget east = contract.target("us-east-1");
            s.vaults().create(east, "Default", null);
            JobStarted started = s.jobs().startBackup(east, s.selections().tableArn(east, "Orders"), "Default", null, null);

            ManualScheduler clock = new ManualScheduler();
            StatusPoller poller = new StatusPoller(new SameThreadTaskRunner(), clock);
            List<String> states = new ArrayList<>();
            poller.watch(AwsBackupJobTarget.of(s.jobs(), east, started, job -> states.add(job.state() + " " + job.percentDone()),
                    error -> states.add("gave up: " + error)));
            while (clock.pendingDelay() != null) clock.fireNext();

            assertEquals(List.of("RUNNING 50.0", "COMPLETED 100.0"), states);
            assertTrue(poller.isIdle());
            Job done = s.jobs().describe(east, started.kind(), started.id());
            assertTrue(done.succeeded());
        }
        assertEquals(List.of(), contract.server().violations());
    }
}
