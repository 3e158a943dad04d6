package dev.dynamobackup.ui.connection;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The endpoint dialog refuses bad input before anything is added or called. */
class EndpointDialogTest {
    @Test
    void acceptsHttpUrlsWithAHostAndARegion() {
        assertNull(EndpointDialog.problemWith("http://localhost:8000", "us-east-1"));
        assertNull(EndpointDialog.problemWith(" https://dynamodb.eu-west-1.amazonaws.com ", "eu-west-1"));
    }

    @Test
    void explainsWhatIsWrong() {
        assertEquals("Enter a URL such as http://localhost:8000 (http or https, with a host).",
                EndpointDialog.problemWith("localhost:8000", "us-east-1"));
        assertEquals("Enter a URL such as http://localhost:8000 (http or https, with a host).",
                EndpointDialog.problemWith("http://", "us-east-1"));
        assertEquals("Enter a region such as us-east-1.", EndpointDialog.problemWith("http://localhost:8000", "Ireland"));
    }
}
