package dev.dynamobackup.tasks;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.RequestRecorder;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With the real FX scheduler and task runner against moto: once nothing is transient, no request goes out. */
@WithMoto
class StatusPollerIdleTest {
    @TempDir Path dir;

    @Test
    void makesNoCallsWhileNothingIsTransient(Moto moto) throws Exception {
        FxToolkit.registerPrimaryStage();
        moto.createTable("us-east-1", "Orders", "pk", null);
        RequestRecorder recorder = new RequestRecorder();
        try (AwsClients clients = moto.clients(dir, recorder); FxTaskRunner runner = new FxTaskRunner()) {
            ConnectionTarget target = moto.target("us-east-1");
            List<String> seen = new CopyOnWriteArrayList<>();
            StatusPoller poller = WaitForAsyncUtils.asyncFx(() -> new StatusPoller(runner, new FxScheduler())).get();
            WaitForAsyncUtils.asyncFx(() -> poller.watch(new PollTarget<String>() {
                @Override
                public String key() {
                    return "table:Orders";
                }

                @Override
                public String poll() {
                    return clients.dynamoDb(target).describeTable(b -> b.tableName("Orders")).table().tableStatusAsString();
                }

                @Override
                public boolean isTransient(String state) {
                    return !"ACTIVE".equals(state);
                }

                @Override
                public void onUpdate(String state) {
                    seen.add(state);
                }
            })).get();

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> seen.contains("ACTIVE"));
            assertEquals(1, recorder.of(DescribeTableRequest.class).size(), "one poll saw it ACTIVE");
            assertTrue(WaitForAsyncUtils.asyncFx(poller::isIdle).get());

            int before = recorder.count();
            Thread.sleep(6_000); // longer than the first two poll intervals (2 s + 4 s)
            assertEquals(before, recorder.count(), "no request at all while idle");
            assertTrue(WaitForAsyncUtils.asyncFx(poller::isIdle).get());
        } finally {
            FxToolkit.cleanupStages();
        }
    }
}
