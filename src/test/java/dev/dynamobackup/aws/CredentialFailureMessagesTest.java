package dev.dynamobackup.aws;

import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sentences for failures before DynamoDB is reached, from the SDK's own exceptions: `dbm` runs in a
 * child JVM whose HOME holds the profile files and the SSO token cache (the SDK finds the cache through
 * HOME only), with the SSO, SSO OIDC and STS endpoints pointed at a closed port on 127.0.0.1.
 */
@WithMoto
class CredentialFailureMessagesTest {
    @TempDir Path home;
    private String closed;
    private String moto;

    @BeforeEach
    void files(Moto m) throws Exception {
        moto = m.endpoint().toString();
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = "http://127.0.0.1:" + s.getLocalPort();
        }
        Path aws = Files.createDirectories(home.resolve(".aws/sso/cache"));
        Files.writeString(home.resolve(".aws/config"), """
                [profile expired]
                sso_session = expired
                sso_account_id = 123456789012
                sso_role_name = Admin

                [sso-session expired]
                sso_start_url = https://expired.awsapps.com/start
                sso_region = us-east-1

                [profile renewable]
                sso_session = renewable
                sso_account_id = 123456789012
                sso_role_name = Admin

                [sso-session renewable]
                sso_start_url = https://renewable.awsapps.com/start
                sso_region = us-east-1

                [profile signed-in]
                sso_session = signed-in
                sso_account_id = 123456789012
                sso_role_name = Admin

                [sso-session signed-in]
                sso_start_url = https://signed-in.awsapps.com/start
                sso_region = eu-west-1

                [profile admin]
                role_arn = arn:aws:iam::123456789012:role/Admin
                source_profile = base
                region = us-east-1

                [profile base]
                aws_access_key_id = AKIAIOSFODNN7EXAMPLE
                aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
                """);
        // expired, and no client registration to renew it with (the cache of an old CLI, or a hand copy)
        cache(aws, "expired", "{\"startUrl\":\"https://expired.awsapps.com/start\",\"region\":\"us-east-1\","
                + "\"accessToken\":\"token\",\"expiresAt\":\"2020-01-01T00:00:00Z\"}");
        // expired but renewable: the SDK calls the SSO OIDC service
        cache(aws, "renewable", "{\"startUrl\":\"https://renewable.awsapps.com/start\",\"region\":\"us-east-1\","
                + "\"accessToken\":\"token\",\"expiresAt\":\"2020-01-01T00:00:00Z\",\"clientId\":\"client\","
                + "\"clientSecret\":\"secret\",\"refreshToken\":\"refresh\",\"registrationExpiresAt\":\"2099-01-01T00:00:00Z\"}");
        // valid: the SDK calls the SSO portal for role credentials
        cache(aws, "signed-in", "{\"startUrl\":\"https://signed-in.awsapps.com/start\",\"region\":\"eu-west-1\","
                + "\"accessToken\":\"token\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}");
    }

    private static void cache(Path dir, String session, String json) throws Exception {
        byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(session.getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve(HexFormat.of().formatHex(sha1) + ".json"), json);
    }

    private record Run(int code, String err) {
    }

    private Run dbm(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Ddbm.sdk.retries=false",
                "-Ddbm.logDir=" + home.resolve("logs"), "-Ddbm.configDir=" + home.resolve("config"), "-Ddbm.dataDir=" + home.resolve("data"),
                "-Daws.endpointUrlSso=" + closed, "-Daws.endpointUrlSsoOidc=" + closed, "-Daws.endpointUrlSts=" + closed,
                "dev.dynamobackup.cli.Cli"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("HOME", home.toString());
        pb.environment().put("AWS_CONFIG_FILE", home.resolve(".aws/config").toString());
        pb.environment().put("AWS_SHARED_CREDENTIALS_FILE", home.resolve(".aws/credentials").toString());
        pb.environment().remove("AWS_PROFILE");
        pb.environment().putAll(env);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "dbm did not finish");
        return new Run(p.exitValue(), err.strip());
    }

    private Run tablesWith(String profile) throws Exception {
        return dbm(Map.of(), "tables", "--profile", profile, "--region", "us-east-1", "--endpoint", moto);
    }

    @Test
    void anExpiredSsoSessionWithoutAClientIdSaysToSignInAgain() throws Exception {
        Run run = tablesWith("expired");
        assertEquals(1, run.code(), run.err());
        assertEquals("error: Your SSO sign-in for profile 'expired' has expired. "
                + "Run 'aws sso login --profile expired' in a terminal, then refresh.", run.err());
    }

    @Test
    void anUnreachableSsoSignInServiceIsNamedNotTheDynamoDbEndpoint() throws Exception {
        Run run = tablesWith("renewable");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().startsWith("error: Could not reach the AWS SSO sign-in service (" + closed.substring(7)
                + ") to renew the sign-in of profile 'renewable'; nothing was sent to DynamoDB."), run.err());
        assertFalse(run.err().contains(moto), run.err());
    }

    @Test
    void anUnreachableSsoPortalIsNamed() throws Exception {
        Run run = tablesWith("signed-in");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().startsWith("error: Could not reach the AWS SSO portal (" + closed.substring(7)
                + ") to get credentials for profile 'signed-in'"), run.err());
        assertFalse(run.err().contains("DynamoDB Local"), run.err());
    }

    @Test
    void anUnreachableStsIsNamed() throws Exception {
        // the profile names a region: without one the SDK's STS client ignores aws.endpointUrlSts and goes to sts.amazonaws.com
        Run run = tablesWith("admin");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().startsWith("error: Could not reach AWS STS (" + closed.substring(7)
                + ") to assume the role of profile 'admin'"), run.err());
    }

    @Test
    void aMissingProfileInAwsProfileIsRefusedBeforeAnyCall() throws Exception {
        Run run = dbm(Map.of("AWS_PROFILE", "no-such-profile"), "tables", "--region", "us-east-1");
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().startsWith("error: AWS_PROFILE: There is no profile 'no-such-profile' in "
                + home.resolve(".aws/config") + " or " + home.resolve(".aws/credentials") + ". Profiles found: admin, base, expired,"), run.err());
    }

    @Test
    void aDnsFailureOnARealRegionGivesNoLocalServerAdvice() throws Exception {
        // the default chain on AWS, with DynamoDB's endpoint for the region on a name that cannot resolve
        Run run = dbm(Map.of("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY", "example",
                        "AWS_ENDPOINT_URL_DYNAMODB", "https://dynamodb.eu-west-1.no-such-host.invalid"),
                "tables", "--region", "eu-west-1");
        assertEquals(1, run.code(), run.err());
        assertEquals("error: Could not reach DynamoDB in eu-west-1 (dynamodb.eu-west-1.no-such-host.invalid). "
                + "Check your network connection, VPN, proxy or DNS settings, then refresh.", run.err());
    }
}
