package dev.dynamobackup.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@WithMoto
class TablesCommandTest {

    /** The exit code and what the command printed. */
    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void listsTablesOfOneRegionAsText(Moto moto) {
        moto.createTable("eu-west-1", "Invoices", "pk", "sk");
        moto.createTable("us-east-1", "Orders", "pk", null);
        Run run = cli("tables", "--region", "eu-west-1", "--endpoint", moto.endpoint().toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("NAME"), run.out());
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(1).startsWith("Invoices  ACTIVE"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void listsTablesAsJson(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        Run run = cli("tables", "--region", "us-east-1", "--endpoint", moto.endpoint().toString(), "--output", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("us-east-1", json.get("region").asText());
        assertEquals("Orders", json.get("tables").get(0).get("name").asText());
        assertEquals("PAY_PER_REQUEST", json.get("tables").get(0).get("billingMode").asText());
        assertEquals("pk", json.get("tables").get(0).get("keySchema").get(0).get("name").asText());
    }

    @Test
    void allRegionsListsEveryRegionInOneRun(Moto moto) throws Exception {
        moto.createTable("us-east-1", "A", "pk", null);
        moto.createTable("ap-northeast-1", "B", "pk", null);
        Run run = cli("tables", "--all-regions", "--endpoint", moto.endpoint().toString(), "--output", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode regions = new ObjectMapper().readTree(run.out()).get("regions");
        assertTrue(regions.size() >= 17, "every DynamoDB region is asked: " + regions.size());
        assertEquals("A", regions.get("us-east-1").get(0).get("name").asText());
        assertEquals("B", regions.get("ap-northeast-1").get(0).get("name").asText());
        assertEquals(0, regions.get("eu-west-1").size());
    }

    @Test
    void badFlagGivesOneLineAndExitCodeTwo() {
        Run run = cli("tables", "--bogus");
        assertEquals(2, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: Unknown option: '--bogus'"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void badOutputFormatAndBadRegionAreRefusedBeforeAnyCall() {
        Run format = cli("tables", "--region", "us-east-1", "--output", "xml");
        assertEquals(2, format.code());
        assertEquals(1, format.err().lines().count(), format.err());
        Run region = cli("tables", "--region", "moon-1", "--endpoint", "http://127.0.0.1:9");
        assertEquals(2, region.code());
        assertTrue(region.err().contains("not a region name"), region.err());
    }

    @Test
    void unreachableEndpointGivesOneLineAndExitCodeOne() {
        Run run = cli("tables", "--region", "us-east-1", "--endpoint", "http://127.0.0.1:9");
        assertEquals(1, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: Could not reach http://127.0.0.1:9."), run.err());
    }
}
