package dev.dynamobackup.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EndpointCapabilitiesTest {

    @Test
    void sandboxExplainsWhatItLacksFromTheBundle() {
        EndpointCapabilities caps = EndpointCapabilities.DYNAMODB_LOCAL;
        assertEquals("endpoint.localOnly", caps.limitation().key());
        assertEquals("DynamoDB Local (the embedded sandbox) implements tables and items only: backups, point-in-time "
                + "recovery and AWS Backup need a connection to AWS or to moto.", caps.reason());
    }

    @Test
    void fullEndpointHasNoReason() {
        assertNull(EndpointCapabilities.FULL.limitation());
        assertNull(EndpointCapabilities.FULL.reason());
    }
}
