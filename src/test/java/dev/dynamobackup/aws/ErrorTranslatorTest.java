package dev.dynamobackup.aws;

import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

import java.net.URI;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@WithMoto
class ErrorTranslatorTest {
    @TempDir Path dir;

    @Test
    void aRealFailedCallNamesItsIamActionAndSaysWhatToDo(Moto moto) {
        try (AwsClients clients = moto.clients(dir)) {
            ConnectionTarget target = moto.target("us-east-1");
            ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class,
                    () -> clients.dynamoDb(target).describeTable(b -> b.tableName("Missing")));
            assertEquals("dynamodb:DescribeTable", FailedOperation.iamActionOf(e));
            UserMessage m = ErrorTranslator.translate(e, target.connection(), target.region());
            assertTrue(m.what().contains("us-east-1"), m.what());
            assertTrue(m.todo().contains("refresh"), m.todo());
        }
    }

    @Test
    void unreachableEndpointSaysSoAndHowToFixIt() {
        Connection dead = Connection.endpoint(URI.create("http://127.0.0.1:9"), "us-east-1");
        try (AwsClients clients = new AwsClients(ClientOptions.forTests(), new EmbeddedSandbox(dir, c -> { }))) {
            SdkClientException e = assertThrows(SdkClientException.class,
                    () -> clients.dynamoDb(new ConnectionTarget(dead, "us-east-1")).listTables());
            UserMessage m = ErrorTranslator.translate(e, dead, "us-east-1");
            assertEquals("Could not reach http://127.0.0.1:9.", m.what());
            assertTrue(m.todo().contains("server is running"), m.todo());
        }
    }

    @Test
    void accessDeniedNamesTheMissingPermission() {
        AwsServiceException e = AwsServiceException.builder()
                .message("User: arn:aws:iam::123456789012:user/dev is not authorized to perform: dynamodb:ListBackups on resource: *")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("AccessDeniedException").build())
                .statusCode(400).build();
        UserMessage m = ErrorTranslator.translate(e, Connection.profile("dev"), "us-east-1");
        assertEquals("You are not allowed to call dynamodb:ListBackups with Profile: dev.", m.what());
        assertTrue(m.todo().contains("IAM permission dynamodb:ListBackups"), m.todo());
    }

    @Test
    void expiredSsoTokenTellsTheLoginCommand() {
        SdkClientException e = SdkClientException.create(
                "Unable to load credentials from any of the providers: The SSO session associated with this profile has expired or is otherwise invalid.");
        UserMessage m = ErrorTranslator.translate(e, Connection.profile("work"), "eu-west-1");
        assertTrue(m.todo().contains("aws sso login --profile work"), m.todo());
    }

    @Test
    void missingCredentialsPointToTheSandboxAndConfigure() {
        SdkClientException e = SdkClientException.create("Unable to load credentials from any of the providers in the chain");
        UserMessage m = ErrorTranslator.translate(e, Connection.defaultChain(), "us-east-1");
        assertEquals("No AWS credentials were found for Default credentials.", m.what());
        assertTrue(m.todo().contains("aws configure"), m.todo());
    }
}
