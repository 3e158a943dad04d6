package dev.dynamobackup.service;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.IndexInfo;
import dev.dynamobackup.model.KeyAttribute;
import dev.dynamobackup.model.PitrStatus;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@WithMoto
class InventoryServiceTest {
    @TempDir Path dir;
    private AwsClients clients;
    private InventoryService inventory;

    private void open(Moto moto) {
        clients = moto.clients(dir);
        inventory = new InventoryService(clients);
    }

    @AfterEach
    void close() {
        if (inventory != null) inventory.close();
        if (clients != null) clients.close();
    }

    @Test
    void listsTablesPerRegion(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        moto.createTable("us-east-1", "Customers", "id", null);
        moto.createTable("eu-west-1", "Invoices", "pk", "sk");
        open(moto);

        List<TableSummary> seen = new CopyOnWriteArrayList<>();
        List<TableSummary> east = inventory.listTables(moto.target("us-east-1"), seen::add);
        List<TableSummary> west = inventory.listTables(moto.target("eu-west-1"), t -> { });

        assertEquals(List.of("Customers", "Orders"), east.stream().map(TableSummary::name).toList());
        assertEquals(2, seen.size(), "each table is handed over as soon as it is described");
        assertEquals(List.of("Invoices"), west.stream().map(TableSummary::name).toList());
        TableSummary orders = east.get(1);
        assertEquals("ACTIVE", orders.status());
        assertEquals("PAY_PER_REQUEST", orders.billingMode());
        assertEquals(PitrStatus.DISABLED, orders.pitr());
        assertTrue(orders.arn().startsWith("arn:aws:dynamodb:us-east-1:"));
    }

    @Test
    void followsListTablesPagesBeyondOneHundred(Moto moto) {
        for (int i = 0; i < 105; i++) moto.createTable("us-west-2", String.format("t%03d", i), "pk", null);
        open(moto);
        assertEquals(105, inventory.tableNames(moto.target("us-west-2")).size());
    }

    @Test
    void detailsShowKeysIndexesTtlTagsAndPitr(Moto moto) throws Exception {
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            ddb.createTable(b -> b.tableName("Reply").billingMode(BillingMode.PROVISIONED)
                    .provisionedThroughput(p -> p.readCapacityUnits(10L).writeCapacityUnits(5L))
                    .attributeDefinitions(Moto.attr("Id"), Moto.attr("ReplyDateTime"), Moto.attr("PostedBy"),
                            software.amazon.awssdk.services.dynamodb.model.AttributeDefinition.builder()
                                    .attributeName("Score").attributeType(ScalarAttributeType.N).build())
                    .keySchema(Moto.key("Id", KeyType.HASH), Moto.key("ReplyDateTime", KeyType.RANGE))
                    .globalSecondaryIndexes(g -> g.indexName("PostedBy-index").keySchema(Moto.key("PostedBy", KeyType.HASH))
                            .projection(p -> p.projectionType(ProjectionType.ALL))
                            .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L)))
                    .localSecondaryIndexes(l -> l.indexName("Score-index")
                            .keySchema(Moto.key("Id", KeyType.HASH), Moto.key("Score", KeyType.RANGE))
                            .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                    .tags(t -> t.key("team").value("forum")));
            ddb.updateTimeToLive(b -> b.tableName("Reply").timeToLiveSpecification(s -> s.enabled(true).attributeName("expires")));
            ddb.updateContinuousBackups(b -> b.tableName("Reply")
                    .pointInTimeRecoverySpecification(s -> s.pointInTimeRecoveryEnabled(true)));
        }
        open(moto);

        TableSummary reply = inventory.details(moto.target("us-east-1"), "Reply");

        assertEquals(List.of(new KeyAttribute("Id", "HASH", "S"), new KeyAttribute("ReplyDateTime", "RANGE", "S")),
                reply.keySchema());
        IndexInfo gsi = reply.globalIndexes().get(0);
        assertEquals("PostedBy-index", gsi.name());
        assertEquals("PostedBy (S)", gsi.keyText());
        assertEquals("ALL", gsi.projectionType());
        IndexInfo lsi = reply.localIndexes().get(0);
        assertEquals("Score-index", lsi.name());
        assertEquals("Id (S), Score (N)", lsi.keyText());
        assertEquals(10, reply.readCapacity());
        assertEquals("PROVISIONED", reply.billingMode());
        assertEquals("expires", reply.ttlAttribute());
        assertEquals("ENABLED", reply.ttlStatus());
        assertEquals(Map.of("team", "forum"), reply.tags());
        assertEquals(PitrStatus.ENABLED, reply.pitr());
    }

    @Test
    void listsManyRegionsAtOnceAndReportsAFailingOneWithoutFailingTheOthers(Moto moto) {
        moto.createTable("us-east-1", "A", "pk", null);
        moto.createTable("ap-southeast-2", "B", "pk", null);
        open(moto);
        Map<String, RegionTables> all = inventory.listRegions(moto.connection(), List.of("us-east-1", "ap-southeast-2", "eu-north-1"));
        assertEquals(List.of("us-east-1", "ap-southeast-2", "eu-north-1"), List.copyOf(all.keySet()));
        assertEquals("A", all.get("us-east-1").tables().get(0).name());
        assertEquals("B", all.get("ap-southeast-2").tables().get(0).name());
        assertTrue(all.get("eu-north-1").tables().isEmpty());

        Connection dead = Connection.endpoint(URI.create("http://127.0.0.1:9"), "us-east-1");
        RegionTables failed = inventory.listRegions(dead, List.of("us-east-1")).get("us-east-1");
        assertFalse(failed.succeeded());
        assertNotNull(ErrorMessages.of(failed.error(), new ConnectionTarget(dead, "us-east-1")).what());
    }
}
