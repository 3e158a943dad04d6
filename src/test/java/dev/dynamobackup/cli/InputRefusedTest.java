package dev.dynamobackup.cli;

import dev.dynamobackup.aws.ProfileDiscovery;
import dev.dynamobackup.testing.GlobalRequestLog;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.dynamobackup.cli.TablesCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every option the CLI takes is checked before any request: one line naming the option and the rule,
 * exit code 2, and no request started by any SDK client in the JVM ({@link GlobalRequestLog}). Where an
 * endpoint is given it is moto, which would have answered, so a missing check shows as a request.
 */
@WithMoto
class InputRefusedTest {
    private static final String BACKUP = "arn:aws:dynamodb:us-east-1:123456789012:table/Orders/backup/01700000000000-abcdef12";
    private String ep;

    @BeforeEach
    void start(Moto moto) {
        moto.createTable("us-east-1", "Orders", "pk", null);
        ep = moto.endpoint().toString();
        GlobalRequestLog.clear();
    }

    /** Runs the command line and checks the refusal: exit 2, one line with {@code expected}, nothing sent. */
    private static String refused(String expected, String... args) {
        var run = cli(args);
        assertEquals(2, run.code(), run.err() + run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertEquals(List.of(), GlobalRequestLog.all(), "no request may be sent: " + run.err());
        return run.err();
    }

    private String[] withMoto(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--region", "us-east-1", "--endpoint", ep));
        return all.toArray(String[]::new);
    }

    @Test
    void tableNames() {
        refused("--table: A table name may contain only letters, digits, '_', '-' and '.'; '!' is not allowed.",
                withMoto("backups", "create", "--table", "Orders!"));
        refused("--table: A table name has 3 to 255 characters; 'ab' has 2.", withMoto("backups", "list", "--table", "ab"));
        refused("--table: A table name may contain only letters, digits, '_', '-' and '.'; a space is not allowed.",
                withMoto("pitr", "status", "--table", "no way"));
        refused("--target: A table name has 3 to 255 characters; 'x' has 1.",
                withMoto("restore", "backup", "--arn", BACKUP, "--target", "x"));
        refused("--keep-gsi: 'by date' is not an index name",
                withMoto("restore", "pitr", "--table", "Orders", "--target", "Orders2", "--latest", "--keep-gsi", "by date"));
    }

    @Test
    void backupNames() {
        refused("--name: A backup name may contain only letters, digits, '_', '-' and '.'; a space is not allowed.",
                withMoto("backups", "create", "--table", "Orders", "--name", "bad name"));
    }

    @Test
    void backupArns() {
        refused("--arn: 'not-an-arn' is not a backup ARN", withMoto("backups", "describe", "--arn", "not-an-arn"));
        refused("--arn: 'arn:aws:dynamodb:us-east-1:123456789012:table/Orders' is not a backup ARN",
                withMoto("backups", "delete", "--yes", "--arn", BACKUP, "--arn", "arn:aws:dynamodb:us-east-1:123456789012:table/Orders"));
        refused("is in region eu-west-1, but us-east-1 is the region in use: switch to eu-west-1 (on the command line: --region eu-west-1).",
                withMoto("restore", "backup", "--target", "Orders2", "--arn", BACKUP.replace("us-east-1", "eu-west-1")));
    }

    @Test
    void tableArns() {
        refused("--source-arn: 'arn:aws:dynamodb:us-east-1:12345:table/Gone' is not a DynamoDB table ARN",
                withMoto("restore", "pitr", "--source-arn", "arn:aws:dynamodb:us-east-1:12345:table/Gone", "--target", "Gone2", "--latest"));
        refused("--table: 'arn:aws:dynamodb:us-east-1:123456789012:tables/Orders' is not a DynamoDB table ARN",
                withMoto("backups", "list", "--table", "arn:aws:dynamodb:us-east-1:123456789012:tables/Orders"));
    }

    @Test
    void kmsKeys() {
        refused("--sse: 'my-key' is not a KMS key ARN",
                withMoto("restore", "pitr", "--table", "Orders", "--target", "Orders2", "--latest", "--sse", "my-key"));
        refused("--sse: alias/aws/dynamodb is a key that AWS manages",
                withMoto("restore", "pitr", "--table", "Orders", "--target", "Orders2", "--latest",
                        "--sse", "arn:aws:kms:us-east-1:123456789012:alias/aws/dynamodb"));
        refused("is in region eu-west-1, but us-east-1 is the region in use",
                withMoto("restore", "backup", "--arn", BACKUP, "--target", "Orders2",
                        "--sse", "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"));
    }

    @Test
    void timeRanges() {
        refused("--from/--to: The time range starts at 2026-11-02T00:00:00Z, which is not before its end at 2026-11-01T00:00:00Z",
                withMoto("backups", "list", "--from", "2026-11-02T00:00:00Z", "--to", "2026-11-01T00:00:00Z"));
    }

    @Test
    void regions() {
        // no endpoint: without the check the SDK would start a call to dynamodb.xx-east-9.amazonaws.com
        refused("--region: xx-east-9 is not an AWS region this app knows", "tables", "--region", "xx-east-9");
        refused("--region: 'Ireland' is not a region name such as us-east-1", "tables", "--region", "Ireland", "--endpoint", ep);
    }

    @Test
    void aCustomEndpointTakesAnyWellFormedRegion() {
        var run = cli("tables", "--region", "xx-east-9", "--endpoint", ep);
        // moto itself refuses regions it does not know (HTTP 500): what matters is that the app sent the call
        assertFalse(run.err().contains("not an AWS region"), run.err());
        assertFalse(GlobalRequestLog.all().isEmpty(), "the listing went to moto");
    }

    @Test
    void endpointUrls() {
        refused("--endpoint: 'ftp://127.0.0.1:21' does not start with http:// or https://", "tables", "--endpoint", "ftp://127.0.0.1:21");
        refused("--endpoint: 'localhost:8000' does not start with http:// or https://", "tables", "--endpoint", "localhost:8000");
        refused("--endpoint: 'http:///dynamodb' has no host", "tables", "--endpoint", "http:///dynamodb");
        refused("--endpoint: That is not a URL", "tables", "--endpoint", "http://local host:8000");
        String userInfo = ep.replace("http://", "http://admin:s3cret-Pa55@");
        String err = refused("--endpoint: An endpoint URL must not contain a user name or password (user:pass@)", "tables", "--endpoint", userInfo);
        assertFalse(err.contains("s3cret-Pa55"), "the password is not repeated: " + err);
    }

    @Test
    void profileNames() {
        String err = refused("--profile: There is no profile 'no-such-profile'",
                withMoto("tables", "--profile", "no-such-profile"));
        for (var file : ProfileDiscovery.profileFiles()) assertTrue(err.contains(file.toString()), err);
    }
}
