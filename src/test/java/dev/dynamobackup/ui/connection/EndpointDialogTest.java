package dev.dynamobackup.ui.connection;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The endpoint dialog refuses bad input before anything is added or called. */
class EndpointDialogTest {
    @Test
    void acceptsHttpUrlsWithAHostAndARegion() {
        assertEquals(Optional.empty(), EndpointDialog.problemWith("http://localhost:8000", "us-east-1"));
        assertEquals(Optional.empty(), EndpointDialog.problemWith(" https://dynamodb.eu-west-1.amazonaws.com ", "eu-west-1"));
    }

    @Test
    void explainsWhatIsWrong() {
        assertEquals(Optional.of("'localhost:8000' does not start with http:// or https://: enter a URL such as http://localhost:8000."),
                EndpointDialog.problemWith("localhost:8000", "us-east-1"));
        assertEquals(Optional.of("That is not a URL: enter one such as http://localhost:8000 (http or https, with a host)."),
                EndpointDialog.problemWith("http://", "us-east-1"));
        assertEquals(Optional.of("'Ireland' is not a region name such as us-east-1 or eu-west-1."),
                EndpointDialog.problemWith("http://localhost:8000", "Ireland"));
    }

    @Test
    void refusesUserInfoWithoutRepeatingIt() {
        String problem = EndpointDialog.problemWith("http://admin:s3cret@localhost:8000", "us-east-1").orElseThrow();
        assertEquals("An endpoint URL must not contain a user name or password (user:pass@): remove that part; "
                + "requests are signed with the profile's keys.", problem);
    }

    @Test
    void takesAnyWellFormedRegionForACustomEndpoint() {
        // moto, DynamoDB Local and LocalStack accept region names AWS does not have
        assertEquals(Optional.empty(), EndpointDialog.problemWith("http://localhost:8000", "xx-local-1"));
    }
}
