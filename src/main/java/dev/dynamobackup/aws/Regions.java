package dev.dynamobackup.aws;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.Comparator;
import java.util.List;

/** The regions where DynamoDB exists, from the SDK's own endpoint metadata (not a hand-written list). */
public final class Regions {
    private Regions() {
    }

    /** Regions of the standard AWS partition first, then China and GovCloud; isolated partitions and FIPS pseudo-regions left out. */
    public static List<String> dynamoDbRegions() {
        return DynamoDbClient.serviceMetadata().regions().stream()
                .filter(r -> !r.isGlobalRegion())
                .map(Region::id)
                // FIPS endpoints are spelled as pseudo-regions ("us-east-1-fips"); "local" is DynamoDB Local's
                .filter(id -> !id.contains("-iso") && !id.contains("fips") && !id.equals("local"))
                .distinct()
                .sorted(Comparator.comparing(Regions::partitionOrder).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** "US East (N. Virginia)" for "us-east-1", when the SDK knows it. */
    public static String description(String regionId) {
        RegionMetadata metadata = Region.of(regionId).metadata();
        return metadata == null ? regionId : metadata.description();
    }

    private static int partitionOrder(String id) {
        if (id.startsWith("cn-")) return 1;
        if (id.startsWith("us-gov-")) return 2;
        return 0;
    }
}
