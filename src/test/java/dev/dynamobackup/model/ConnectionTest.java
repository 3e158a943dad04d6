package dev.dynamobackup.model;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectionTest {
    @Test
    void idsRoundTripForEveryKind() {
        for (Connection c : List.of(Connection.sandbox(), Connection.defaultChain(), Connection.profile("dev-admin"),
                Connection.endpoint(URI.create("http://localhost:4566"), "eu-west-1"))) {
            assertEquals(Optional.of(c), Connection.fromId(c.id(), c.defaultRegion()), c.id());
        }
        assertTrue(Connection.fromId("nonsense", null).isEmpty());
        assertTrue(Connection.sandbox().regionLocked());
        assertTrue(!Connection.profile("x").regionLocked());
    }
}
