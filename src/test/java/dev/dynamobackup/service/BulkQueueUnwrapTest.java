package dev.dynamobackup.service;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.CreateBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The bulk queue reports the SDK's error, not the future that carried it. */
@WithMoto
class BulkQueueUnwrapTest {
    @TempDir Path dir;

    @Test
    void anErrorCarriedByAFutureIsReportedAsItself(Moto moto) throws Exception {
        ConnectionTarget target = moto.target("us-east-1");
        List<Throwable> heard = new CopyOnWriteArrayList<>();
        try (AwsClients clients = moto.clients(dir)) {
            // join() wraps the real TableNotFoundException from moto in a CompletionException
            var outcomes = new BulkQueue(new RateLimiter(100), d -> { }).run(List.of("Missing"),
                    table -> CompletableFuture.supplyAsync(() -> clients.dynamoDbWrites(target)
                            .createBackup(b -> b.tableName(table).backupName("missing-1"))).join(),
                    new BulkQueue.Listener<>() {
                        @Override
                        public void succeeded(String item, CreateBackupResponse result) {
                        }

                        @Override
                        public void failed(String item, Throwable error) {
                            heard.add(error);
                        }
                    });
            assertInstanceOf(TableNotFoundException.class, outcomes.get(0).error());
            assertInstanceOf(TableNotFoundException.class, heard.get(0));
            String sentence = ErrorMessages.of(outcomes.get(0).error(), target).sentence();
            assertEquals(true, sentence.startsWith("The table was not found in us-east-1"), sentence);
        }
    }
}
