package dev.dynamobackup.aws;

import com.sun.net.httpserver.HttpServer;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ValidationException and KMS refusals keep the service's own reason, from exceptions the SDK parsed off the wire. */
@WithMoto
class ServiceReasonMessagesTest {
    @TempDir Path dir;

    @Test
    void aValidationExceptionSaysWhatTheServiceRefused(Moto moto) {
        moto.createTable("us-east-1", "Orders", "pk", null);
        ConnectionTarget target = moto.target("us-east-1");
        try (AwsClients clients = moto.clients(dir)) {
            DynamoDbException e = assertThrows(DynamoDbException.class,
                    () -> clients.dynamoDb(target).query(q -> q.tableName("Orders").keyConditionExpression("nope = :v")));
            assertEquals("ValidationException", e.awsErrorDetails().errorCode());
            UserMessage m = ErrorTranslator.translate(e, target.connection(), target.region());
            String reason = e.awsErrorDetails().errorMessage();
            assertEquals("DynamoDB refused dynamodb:Query: " + reason + ".", m.what());
            assertEquals("Nothing was changed: correct what the message names, then try again.", m.todo());
        }
    }

    @Test
    void aKeyDynamoDbCannotUseIsNamedAsAKmsProblem() throws Exception {
        String reason = "KMS key arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab is disabled";
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = ("{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"" + reason + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(400, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (AwsClients clients = new AwsClients(ClientOptions.forTests(), new EmbeddedSandbox(dir, c -> { }))) {
            Connection c = Connection.endpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "eu-west-1");
            ConnectionTarget target = new ConnectionTarget(c, "eu-west-1");
            DynamoDbException e = assertThrows(DynamoDbException.class, () -> clients.dynamoDbWrites(target)
                    .restoreTableFromBackup(r -> r.backupArn("arn:aws:dynamodb:eu-west-1:123456789012:table/T1/backup/0-x")
                            .targetTableName("T2").sseSpecificationOverride(s -> s.enabled(true).sseType("KMS")
                                    .kmsMasterKeyId("arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"))));
            UserMessage m = ErrorTranslator.translate(e, c, "eu-west-1");
            assertEquals("DynamoDB could not use the KMS key for dynamodb:RestoreTableFromBackup: " + reason + ".", m.what());
            assertTrue(m.todo().startsWith("Check that the key exists in eu-west-1, is enabled"), m.todo());
        } finally {
            server.stop(0);
        }
    }
}
