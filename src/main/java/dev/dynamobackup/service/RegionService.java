package dev.dynamobackup.service;

import dev.dynamobackup.aws.Regions;

import java.util.List;

/** The regions offered in the pickers (where DynamoDB exists, from the SDK's metadata). */
public final class RegionService {
    private volatile List<String> cached;

    /** Loading the SDK's region metadata costs class loading: the app calls this after the first frame. */
    public List<String> dynamoDbRegions() {
        List<String> regions = cached;
        if (regions == null) {
            regions = Regions.dynamoDbRegions();
            cached = regions;
        }
        return regions;
    }

    public String describe(String region) {
        return Regions.description(region);
    }
}
