package dev.dynamobackup.cli;

import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.ConnectionService;
import dev.dynamobackup.service.validation.EndpointRule;
import dev.dynamobackup.service.validation.ProfileRule;
import dev.dynamobackup.service.validation.RegionRule;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.net.URI;

/**
 * {@code --region}, {@code --profile} and {@code --endpoint}, shared by every command (a picocli mixin).
 * Credentials come from the same chain as the GUI: a profile, or the SDK default chain (environment
 * variables included).
 */
public final class ConnectionOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region, e.g. eu-west-1 (default: the profile's, AWS_REGION, or us-east-1).")
    String region;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "A profile from ~/.aws/config or ~/.aws/credentials.")
    String profile;

    @Option(names = "--endpoint", paramLabel = "URL", description = "A DynamoDB-compatible endpoint: DynamoDB Local, moto, LocalStack.")
    String endpoint;

    /** The connection the options name, once the endpoint URL and the profile have passed their checks. */
    public Connection connection() {
        if (profile != null) InputChecks.require(spec, "--profile", ProfileRule.check(profile));
        if (endpoint != null) {
            InputChecks.require(spec, "--endpoint", EndpointRule.check(endpoint));
            Connection c = Connection.endpoint(URI.create(endpoint.trim()), region == null ? ConnectionService.FALLBACK_REGION : region);
            return profile == null ? c : new Connection(c.kind(), profile, c.endpoint(), c.defaultRegion());
        }
        if (profile != null) return Connection.profile(profile);
        // the default chain reads AWS_PROFILE: a name there that the files lack is as wrong as a bad --profile
        String fromEnvironment = System.getenv("AWS_PROFILE");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            InputChecks.require(spec, "AWS_PROFILE", ProfileRule.check(fromEnvironment));
        }
        return Connection.defaultChain();
    }

    /** The region to call: a known AWS region, or any well-formed name with a custom endpoint. */
    public String region(Connection connection) {
        String chosen = region != null ? region.trim() : new ConnectionService().initialRegion(connection, null);
        // a region from the profile or AWS_REGION is checked too: it would send requests to a host that does not exist
        InputChecks.require(spec, region != null ? "--region" : "region", RegionRule.check(chosen, endpoint != null));
        return chosen;
    }

    public ConnectionTarget target() {
        Connection c = connection();
        return new ConnectionTarget(c, region(c));
    }
}
