package dev.dynamobackup.aws;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionsTest {
    @Test
    void regionsComeFromTheSdkMetadataWithoutGlobalIsolatedOrFipsOnes() {
        List<String> regions = Regions.dynamoDbRegions();
        assertTrue(regions.size() >= 17, regions.toString());
        assertTrue(regions.containsAll(List.of("us-east-1", "eu-west-1", "ap-southeast-2", "sa-east-1")));
        assertFalse(regions.stream().anyMatch(r -> r.startsWith("aws-") || r.contains("-iso") || r.contains("fips") || r.equals("local")), regions.toString());
        assertEquals(regions.size(), regions.stream().distinct().count());
        assertTrue(regions.indexOf("us-east-1") < regions.indexOf("cn-north-1") || !regions.contains("cn-north-1"));
        assertEquals("US East (N. Virginia)", Regions.description("us-east-1"));
    }
}
