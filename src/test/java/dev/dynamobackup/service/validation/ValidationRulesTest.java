package dev.dynamobackup.service.validation;

import dev.dynamobackup.model.Problem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared input rules: each returns a bundle key and arguments, rendered here to check the sentence. */
class ValidationRulesTest {
    private static final String ACCOUNT = "123456789012";

    private static String key(Optional<Problem> problem) {
        return problem.map(Problem::key).orElse(null);
    }

    @Test
    void recoveryPointArns() {
        assertEquals(Optional.empty(), ArnRules.recoveryPoint(
                "arn:aws:backup:us-east-1:" + ACCOUNT + ":recovery-point:1EB3B5E7-9EB0-435A-8C3A-1B1E6E2B0C3D", "us-east-1"));
        // without AWS Backup's advanced features, a DynamoDB table's recovery point is a DynamoDB backup ARN
        assertEquals(Optional.empty(), ArnRules.recoveryPoint(
                "arn:aws:dynamodb:us-east-1:" + ACCOUNT + ":table/Orders/backup/01700000000000-abcdef12", "us-east-1"));
        assertEquals("arn.recoveryPoint.invalid", key(ArnRules.recoveryPoint("arn:aws:backup:us-east-1:" + ACCOUNT + ":backup-vault:Default", "us-east-1")));
        assertEquals("arn.region.mismatch", key(ArnRules.recoveryPoint(
                "arn:aws:backup:eu-west-1:" + ACCOUNT + ":recovery-point:abc", "us-east-1")));
        assertEquals("arn.recoveryPoint.empty", key(ArnRules.recoveryPoint(" ", "us-east-1")));
    }

    @Test
    void backupAndTableArns() {
        assertEquals(Optional.empty(), ArnRules.backup("arn:aws-cn:dynamodb:cn-north-1:" + ACCOUNT + ":table/T_1/backup/0-x", "cn-north-1"));
        assertEquals(Optional.empty(), ArnRules.backup("arn:aws:backup:us-east-1:" + ACCOUNT + ":recovery-point:abc", "us-east-1"),
                "AWS_BACKUP backups in ListBackups carry AWS Backup's ARN");
        assertEquals("arn.backup.invalid", key(ArnRules.backup("arn:aws:dynamodb:us-east-1:" + ACCOUNT + ":table/Orders", "us-east-1")));
        assertEquals(Optional.empty(), ArnRules.table("arn:aws:dynamodb:us-east-1:" + ACCOUNT + ":table/Orders", "us-east-1"));
        assertEquals("arn.table.invalid", key(ArnRules.table("arn:aws:dynamodb:us-east-1:" + ACCOUNT + ":table/Orders/backup/x", "us-east-1")));
        assertEquals("table.name.chars", key(ArnRules.tableNameOrArn("Orders#1", "us-east-1")));
        assertEquals(Optional.empty(), ArnRules.tableNameOrArn("Orders", "us-east-1"));
        assertEquals(Optional.empty(), ArnRules.table("arn:aws:dynamodb:eu-west-1:" + ACCOUNT + ":table/Orders", null), "no region to compare with");
    }

    @Test
    void kmsKeys() {
        assertEquals(Optional.empty(), ArnRules.kmsKey("arn:aws:kms:us-east-1:" + ACCOUNT + ":alias/team-key", "us-east-1"));
        assertEquals("kms.key.awsManaged", key(ArnRules.kmsKey("arn:aws:kms:us-east-1:" + ACCOUNT + ":alias/aws/dynamodb", "us-east-1")));
        assertEquals("alias/aws/dynamodb is a key that AWS manages, not a customer managed key: choose the AWS managed key "
                        + "instead (on the command line: --sse managed).",
                ProblemText.of(ArnRules.kmsKey("arn:aws:kms:us-east-1:" + ACCOUNT + ":alias/aws/dynamodb", null).orElseThrow()));
        assertEquals("arn.region.mismatch", key(ArnRules.kmsKey("arn:aws:kms:eu-west-1:" + ACCOUNT + ":key/abc", "us-east-1")));
    }

    @Test
    void timeRanges() {
        Instant a = Instant.parse("2026-11-01T00:00:00Z");
        assertEquals(Optional.empty(), TimeRangeRule.check(a, a.plusSeconds(1)));
        assertEquals(Optional.empty(), TimeRangeRule.check(null, a));
        assertEquals(Optional.empty(), TimeRangeRule.check(a, null));
        assertEquals("time.range.reversed", key(TimeRangeRule.check(a, a)), "to is exclusive: an empty range");
        assertEquals("The time range starts at 2026-11-01T00:00:01Z, which is not before its end at 2026-11-01T00:00:00Z: "
                + "nothing can match. Swap the two or correct one.", ProblemText.of(TimeRangeRule.check(a.plusSeconds(1), a).orElseThrow()));
    }

    @Test
    void regionsComeFromTheSdksMetadata() {
        assertEquals(Optional.empty(), RegionRule.check("eu-central-2", false));
        assertEquals(Optional.empty(), RegionRule.check("cn-northwest-1", false));
        assertEquals("region.unknown", key(RegionRule.check("eu-middle-7", false)));
        assertEquals(Optional.empty(), RegionRule.check("eu-middle-7", true), "custom endpoints take any well-formed name");
        assertEquals("region.form", key(RegionRule.check("EU_WEST_1", true)));
        assertEquals("region.empty", key(RegionRule.check("", false)));
    }

    @Test
    void endpointUrls() {
        assertEquals(Optional.empty(), EndpointRule.check("https://dynamodb.eu-west-1.amazonaws.com"));
        assertEquals(Optional.empty(), EndpointRule.check(" http://[::1]:8000 "));
        assertEquals("endpoint.userInfo", key(EndpointRule.check("https://key:secret@localhost:4566")));
        assertEquals("endpoint.userInfo", key(EndpointRule.check("http://user@localhost:8000")));
        assertEquals("endpoint.scheme", key(EndpointRule.check("ws://localhost:8000")));
        assertEquals("endpoint.host", key(EndpointRule.check("http:/localhost")));
        assertEquals("endpoint.syntax", key(EndpointRule.check("http://a b")));
        assertTrue(EndpointRule.check("https://key:secret@localhost:4566").map(ProblemText::of).orElseThrow().contains("user:pass@"));
    }
}
