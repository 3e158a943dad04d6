package dev.dynamobackup.cli;

import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.ConnectionService;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * {@code --region}, {@code --profile} and {@code --endpoint}, shared by every command (a picocli mixin).
 * Credentials come from the same chain as the GUI: a profile, or the SDK default chain (environment
 * variables included).
 */
public final class ConnectionOptions {
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region, e.g. eu-west-1 (default: the profile's, AWS_REGION, or us-east-1).")
    String region;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "A profile from ~/.aws/config or ~/.aws/credentials.")
    String profile;

    @Option(names = "--endpoint", paramLabel = "URL", description = "A DynamoDB-compatible endpoint: DynamoDB Local, moto, LocalStack.")
    String endpoint;

    public Connection connection() {
        if (endpoint != null) {
            URI uri;
            try {
                uri = URI.create(endpoint);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--endpoint is not a URL: " + endpoint);
            }
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new ParameterException(spec.commandLine(), "--endpoint needs an http(s) URL with a host, e.g. http://localhost:8000");
            }
            Connection c = Connection.endpoint(uri, region == null ? ConnectionService.FALLBACK_REGION : region);
            return profile == null ? c : new Connection(c.kind(), profile, c.endpoint(), c.defaultRegion());
        }
        return profile != null ? Connection.profile(profile) : Connection.defaultChain();
    }

    public String region(Connection connection) {
        if (region != null) {
            if (!REGION.matcher(region).matches()) {
                throw new ParameterException(spec.commandLine(), "--region '" + region + "' is not a region name such as us-east-1");
            }
            return region;
        }
        return new ConnectionService().initialRegion(connection, null);
    }

    public ConnectionTarget target() {
        Connection c = connection();
        return new ConnectionTarget(c, region(c));
    }
}
