package dev.dynamobackup.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.dynamobackup.cli.TablesCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dbm vaults ...} and {@code dbm plans ...} in-process against moto. */
@WithMoto
class VaultsAndPlansCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Nothing listens here: a request would fail with "Could not reach", not with the rule. */
    private static final String NOWHERE = "http://127.0.0.1:9";

    @AfterEach
    void restoreTerminal() {
        TerminalConfirmation.terminal = () -> null;
    }

    @Test
    void vaultsCreateListLockDelete(Moto moto) throws Exception {
        String ep = moto.endpoint().toString();
        var created = cli("vaults", "create", "--name", "Daily", "--region", "us-east-1", "--endpoint", ep, "--output", "json");
        assertEquals(0, created.code(), created.err());
        assertEquals("Daily", JSON.readTree(created.out()).get("vaults").get(0).get("name").asText());

        var locked = cli("vaults", "lock", "--name", "Daily", "--min-days", "7", "--max-days", "30", "--changeable-days", "3",
                "--region", "us-east-1", "--endpoint", ep);
        assertEquals(0, locked.code(), locked.err());
        assertTrue(locked.err().contains("cannot be undone by anyone"), locked.err());
        var list = cli("vaults", "list", "--region", "us-east-1", "--endpoint", ep);
        assertTrue(list.out().lines().toList().get(1).startsWith("Daily  0                yes     7         30"), list.out());

        var refused = cli("vaults", "delete", "--name", "Daily", "--region", "us-east-1", "--endpoint", ep);
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("no terminal to confirm on"), refused.err());
        TerminalConfirmation.terminal = () -> text -> "Delete";
        var deleted = cli("vaults", "delete", "--name", "Daily", "--region", "us-east-1", "--endpoint", ep, "--output", "json");
        assertEquals(0, deleted.code(), deleted.err());
        var empty = cli("vaults", "list", "--region", "us-east-1", "--endpoint", ep, "--output", "json");
        assertEquals(0, JSON.readTree(empty.out()).get("vaults").size());
    }

    @Test
    void badVaultInputExitsTwoWithNoRequest() {
        var name = cli("vaults", "create", "--name", "my vault", "--region", "us-east-1", "--endpoint", NOWHERE);
        assertEquals(2, name.code());
        assertTrue(name.err().startsWith("error: A vault name has 2 to 50"), name.err());
        var lock = cli("vaults", "lock", "--name", "v1", "--min-days", "1", "--changeable-days", "1", "--region", "us-east-1", "--endpoint", NOWHERE);
        assertEquals(2, lock.code());
        assertTrue(lock.err().contains("at least 3 days (got 1)"), lock.err());
    }

    @Test
    void templatesAndAPlanFromATemplate(Moto moto) throws Exception {
        String ep = moto.endpoint().toString();
        var templates = cli("plans", "templates");
        assertEquals(0, templates.code(), templates.err());
        assertTrue(templates.out().contains("daily-cold-31-delete-366  Daily, cold after 31 days, delete after 366 days  every day at 05:00 UTC"),
                templates.out());

        cli("vaults", "create", "--name", "Default", "--region", "us-east-1", "--endpoint", ep);
        var created = cli("plans", "create", "--template", "daily-35", "--name", "daily", "--region", "us-east-1", "--endpoint", ep,
                "--output", "json");
        assertEquals(0, created.code(), created.err());
        JsonNode plan = JSON.readTree(created.out()).get("plan");
        assertEquals("every day at 05:00 UTC", plan.get("rules").get(0).get("runs").asText());
        var list = cli("plans", "list", "--region", "us-east-1", "--endpoint", ep, "--output", "json");
        assertEquals(plan.get("id").asText(), JSON.readTree(list.out()).get("plans").get(0).get("id").asText());
    }

    @Test
    void aPlanFromScratchRoundTripsAndBadRulesExitTwo(Moto moto) throws Exception {
        String ep = moto.endpoint().toString();
        cli("vaults", "create", "--name", "Default", "--region", "us-east-1", "--endpoint", ep);
        var created = cli("plans", "create", "--name", "hourly", "--vault", "Default", "--schedule", "cron(0 */6 * * ? *)",
                "--delete-after", "7", "--time-zone", "Europe/Berlin", "--region", "us-east-1", "--endpoint", ep, "--output", "json");
        assertEquals(0, created.code(), created.err());
        String id = JSON.readTree(created.out()).get("plan").get("id").asText();
        JsonNode rule = JSON.readTree(created.out()).get("plan").get("rules").get(0);
        assertEquals("every 6 hours at minute 0 (Europe/Berlin)", rule.get("runs").asText());
        assertEquals(7, rule.get("deleteAfterDays").asInt());
        var list = cli("plans", "list", "--region", "us-east-1", "--endpoint", ep, "--output", "json");
        assertEquals(id, JSON.readTree(list.out()).get("plans").get(0).get("id").asText());

        var cold = cli("plans", "create", "--name", "p", "--vault", "Default", "--schedule", "cron(0 5 ? * * *)",
                "--cold-after", "30", "--delete-after", "60", "--region", "us-east-1", "--endpoint", NOWHERE);
        assertEquals(2, cold.code());
        assertTrue(cold.err().contains("delete after 120 days or more (cold after 30 days + 90), not 60"), cold.err());
        var rule2 = cli("plans", "create", "--name", "p", "--vault", "Default", "--schedule", "cron(0 5 ? * * *)",
                "--rule-name", "daily rule", "--region", "us-east-1", "--endpoint", NOWHERE);
        assertEquals(2, rule2.code());
        assertTrue(rule2.err().contains("underscores and dots: 'daily rule'"), rule2.err());
        var cron = cli("plans", "create", "--name", "p", "--vault", "Default", "--schedule", "every day",
                "--region", "us-east-1", "--endpoint", NOWHERE);
        assertEquals(2, cron.code());
        assertTrue(cron.err().contains("six fields"), cron.err());
        var template = cli("plans", "create", "--template", "hourly", "--region", "us-east-1", "--endpoint", NOWHERE);
        assertEquals(2, template.code());
        assertTrue(template.err().contains("There is no plan template 'hourly'"), template.err());
    }
}
