package dev.dynamobackup.service.validation;

import dev.dynamobackup.model.Problem;
import software.amazon.awssdk.regions.Region;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A region must be one the SDK's region metadata knows, or the app would send requests to a host that does
 * not exist. A custom endpoint (moto, DynamoDB Local, LocalStack) takes any well-formed name.
 */
public final class RegionRule {
    private static final Pattern FORM = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

    private RegionRule() {
    }

    public static Optional<Problem> check(String region, boolean customEndpoint) {
        if (region == null || region.isBlank()) return Optional.of(Problem.of("region.empty"));
        String id = region.trim();
        if (!FORM.matcher(id).matches()) return Optional.of(Problem.of("region.form", NameRules.shorten(id)));
        if (!customEndpoint && Region.of(id).metadata() == null) return Optional.of(Problem.of("region.unknown", id));
        return Optional.empty();
    }
}
