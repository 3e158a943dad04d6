package dev.dynamobackup.service;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.aws.EmbeddedSandbox;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionKind;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Profiles come from the AWS files the environment names (the build points AWS_CONFIG_FILE and
 * AWS_SHARED_CREDENTIALS_FILE into target/test-config), read with the SDK's own ProfileFile.
 */
@WithMoto
class ConnectionServiceTest {
    private static final Path CONFIG = Path.of(System.getenv().getOrDefault("AWS_CONFIG_FILE", "target/test-config/aws-config"));
    private static final Path CREDENTIALS = Path.of(System.getenv().getOrDefault("AWS_SHARED_CREDENTIALS_FILE", "target/test-config/aws-credentials"));
    private final ConnectionService service = new ConnectionService();

    @BeforeEach
    void writeProfiles() throws Exception {
        Files.createDirectories(CONFIG.getParent());
        Files.writeString(CONFIG, """
                [profile dev]
                region = eu-west-2
                [profile sso-admin]
                sso_session = corp
                sso_account_id = 123456789012
                sso_role_name = Admin
                region = us-west-2
                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = us-east-1
                [profile assumed]
                role_arn = arn:aws:iam::123456789012:role/Ops
                source_profile = dev
                """);
        Files.writeString(CREDENTIALS, """
                [dev]
                aws_access_key_id = AKIDEXAMPLE
                aws_secret_access_key = example-only-not-a-secret
                """);
    }

    @AfterEach
    void removeProfiles() throws Exception {
        Files.deleteIfExists(CONFIG);
        Files.deleteIfExists(CREDENTIALS);
    }

    @Test
    void offersEachProfileTheDefaultChainAndTheSandbox() {
        List<Connection> available = service.available(new Settings());
        assertEquals(List.of(Connection.defaultChain(), Connection.profile("assumed"), Connection.profile("dev"),
                Connection.profile("sso-admin"), Connection.sandbox()), available);
        assertEquals(Connection.defaultChain(), service.initial(new Settings(), available),
                "with credentials in reach the app opens on AWS, not on the sandbox");
        assertEquals("eu-west-2", service.initialRegion(Connection.profile("dev"), null), "the profile's own region");
        assertEquals("ap-south-1", service.initialRegion(Connection.profile("dev"), "ap-south-1"), "a remembered region wins");
    }

    @Test
    void withNoProfilesAndNoKeysTheAppOpensOnTheSandbox() throws Exception {
        removeProfiles();
        Settings settings = new Settings();
        List<Connection> available = service.available(settings);
        if (System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_PROFILE") == null) {
            assertEquals(List.of(Connection.sandbox()), available);
            assertEquals(ConnectionKind.SANDBOX, service.initial(settings, available).kind());
        }
        settings.lastConnectionId = "sandbox";
        assertEquals(Connection.sandbox(), service.initial(settings, available));
    }

    @Test
    void aProfilesStaticKeysSignRequestsToAnEndpoint(@TempDir Path dir, Moto moto) {
        moto.createTable("eu-west-2", "Orders", "pk", null);
        Connection viaProfile = new Connection(ConnectionKind.ENDPOINT, "dev", moto.endpoint(), "eu-west-2");
        try (AwsClients clients = new AwsClients(ClientOptions.forTests(), new EmbeddedSandbox(dir, c -> { }))) {
            assertEquals(List.of("Orders"),
                    clients.dynamoDb(new ConnectionTarget(viaProfile, "eu-west-2")).listTables().tableNames());
        }
        assertTrue(viaProfile.id().endsWith("#dev"));
    }
}
