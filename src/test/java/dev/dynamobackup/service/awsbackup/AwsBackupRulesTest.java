package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.model.awsbackup.Lifecycle;
import dev.dynamobackup.model.awsbackup.VaultLock;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules checked before any AWS Backup call, each with its own sentence. */
class AwsBackupRulesTest {

    private static String problem(Optional<String> p) {
        assertTrue(p.isPresent(), "expected a problem");
        return p.get();
    }

    @Test
    void ruleNames() {
        assertEquals(Optional.empty(), AwsBackupRules.ruleName("Daily-05"));
        assertEquals(Optional.empty(), AwsBackupRules.ruleName("a".repeat(50)));
        assertEquals("A rule name has 1 to 50 characters (this one has 51).", problem(AwsBackupRules.ruleName("a".repeat(51))));
        // AWS Backup's model: ^[a-zA-Z0-9\-\_\.]{1,50}$
        assertEquals(Optional.empty(), AwsBackupRules.ruleName("daily_rule.v2"));
        assertTrue(problem(AwsBackupRules.ruleName("daily rule")).contains("underscores and dots: 'daily rule'"));
        assertEquals("Enter a rule name.", problem(AwsBackupRules.ruleName("")));
    }

    @Test
    void cronExpressions() {
        assertEquals(Optional.empty(), AwsBackupRules.schedule("cron(0 5 ? * * *)"));
        assertEquals(Optional.empty(), AwsBackupRules.schedule("cron(0 */12 * * ? *)"));
        assertEquals(Optional.empty(), AwsBackupRules.schedule("cron(15 3 ? * MON-FRI *)"));
        assertTrue(problem(AwsBackupRules.schedule("cron(0 5 * * *)")).contains("six fields"));
        assertTrue(problem(AwsBackupRules.schedule("0 5 ? * * *")).contains("six fields"));
        assertTrue(problem(AwsBackupRules.schedule("cron(0 5 * * * *)")).contains("must be '?'"));
        assertEquals("The hours field of the schedule, '24', is not valid (allowed: 0-23, lists, ranges, steps, *).",
                problem(AwsBackupRules.schedule("cron(0 24 ? * * *)")));
    }

    @Test
    void windowsAndTimeZones() {
        assertEquals(Optional.empty(), AwsBackupRules.windows(60, 120));
        assertTrue(problem(AwsBackupRules.windows(30, null)).contains("at least 60 minutes (it is 30)"));
        assertTrue(problem(AwsBackupRules.windows(null, 500)).contains("start window (480 minutes): it is 500"));
        assertEquals(Optional.empty(), AwsBackupRules.timeZone("Europe/Berlin"));
        assertTrue(problem(AwsBackupRules.timeZone("Mars/Olympus")).contains("'Mars/Olympus' is not a time zone"));
    }

    @Test
    void coldStorageKeepsNinetyDays() {
        assertEquals(Optional.empty(), AwsBackupRules.lifecycle(new Lifecycle(31, 121)));
        assertEquals(Optional.empty(), AwsBackupRules.lifecycle(new Lifecycle(31, 366)));
        assertEquals("Cold storage keeps a point at least 90 days: delete after 121 days or more (cold after 31 days + 90), not 120.",
                problem(AwsBackupRules.lifecycle(new Lifecycle(31, 120))));
        assertTrue(problem(AwsBackupRules.lifecycle(new Lifecycle(null, 0))).contains("at least 1 (got 0)"));
    }

    @Test
    void vaultNamesLocksAndArns() {
        assertEquals(Optional.empty(), AwsBackupRules.vaultName("Default"));
        assertTrue(problem(AwsBackupRules.vaultName("a")).contains("2 to 50"));
        assertEquals(Optional.empty(), AwsBackupRules.vaultLock(new VaultLock(1, 10, 3)));
        assertTrue(problem(AwsBackupRules.vaultLock(new VaultLock(1, 10, 2))).contains("at least 3 days"));
        // the apostrophe is written '' (MessageFormat): a single one swallowed the day counts
        assertEquals("The lock's minimum retention (20 days) cannot exceed its maximum (10 days).",
                problem(AwsBackupRules.vaultLock(new VaultLock(20, 10, null))));
        assertTrue(problem(AwsBackupRules.vaultLock(new VaultLock(0, 10, null))).startsWith("The lock's retention days"));
        assertTrue(problem(AwsBackupRules.vaultLock(new VaultLock(0, 10, null))).endsWith("(got 0)."));
        assertEquals(Optional.empty(), AwsBackupRules.tableArn("arn:aws:dynamodb:us-east-1:123456789012:table/Orders"));
        assertTrue(problem(AwsBackupRules.tableArn("Orders")).contains("is not a DynamoDB table ARN (arn:aws:dynamodb:"));
        assertEquals(Optional.empty(), AwsBackupRules.recoveryPointArn("arn:aws:backup:us-east-1:123456789012:recovery-point:1a2b-3c"));
        assertEquals(Optional.empty(), AwsBackupRules.recoveryPointArn(
                "arn:aws:dynamodb:us-east-1:123456789012:table/Orders/backup/01700000000000-abcdef12"));
        assertTrue(problem(AwsBackupRules.roleArn("AWSBackupDefaultServiceRole")).contains("an IAM role ARN"));
    }
}
