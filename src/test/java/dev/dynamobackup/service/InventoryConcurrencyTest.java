package dev.dynamobackup.service;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.PitrStatus;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.testing.LatencyProxy;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The all-regions inventory sends its calls together, not a few at a time (behind a slow link, as against AWS). */
@WithMoto
class InventoryConcurrencyTest {
    private static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-1", "us-west-2",
            "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "ap-south-1", "ap-northeast-1", "sa-east-1");

    @TempDir Path dir;

    /** The most calls of each operation that were in flight at the same time. */
    static final class InFlight implements ExecutionInterceptor {
        final AtomicInteger now = new AtomicInteger();
        final Map<String, Integer> peak = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            String op = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            int n = running.computeIfAbsent(op, o -> new AtomicInteger()).incrementAndGet();
            peak.merge(op, n, Math::max);
            peak.merge("all", now.incrementAndGet(), Math::max);
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            ended(attributes);
        }

        @Override
        public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
            ended(attributes);
        }

        private void ended(ExecutionAttributes attributes) {
            running.get(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME)).decrementAndGet();
            now.decrementAndGet();
        }
    }

    @Test
    void everyRegionIsListedAndEveryTableDescribedAtOnce(Moto moto) throws Exception {
        for (String region : REGIONS) moto.createTable(region, "T-" + region, "pk", null);
        InFlight inFlight = new InFlight();
        try (LatencyProxy proxy = LatencyProxy.start(moto.endpoint(), Duration.ofMillis(150));
             AwsClients clients = moto.clients(dir, inFlight);
             InventoryService inventory = new InventoryService(clients)) {
            Map<String, RegionTables> all = inventory.listRegions(Connection.endpoint(proxy.endpoint(), "us-east-1"), REGIONS);

            for (String region : REGIONS) {
                RegionTables r = all.get(region);
                assertTrue(r.succeeded(), region + ": " + r.error());
                assertEquals(List.of("T-" + region), r.tables().stream().map(TableSummary::name).toList());
                assertEquals(PitrStatus.DISABLED, r.tables().get(0).pitr(), "PITR asked for " + region);
            }
            // the earlier code listed 8 regions at a time and asked PITR only after DescribeTable
            assertTrue(inFlight.peak.get("ListTables") > 8, "the regions' ListTables in flight together: " + inFlight.peak);
            assertTrue(inFlight.peak.get("DescribeTable") > 8, "DescribeTable calls overlap: " + inFlight.peak);
            assertTrue(inFlight.peak.get("all") > REGIONS.size(), "DescribeTable and DescribeContinuousBackups overlap: " + inFlight.peak);
        }
    }
}
