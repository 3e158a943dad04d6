package dev.dynamobackup.service;

import dev.dynamobackup.aws.ProfileDiscovery;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionKind;
import dev.dynamobackup.model.EndpointCapabilities;
import dev.dynamobackup.settings.Settings;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which connections the user can pick, and which one the app opens on. */
public final class ConnectionService {
    public static final String FALLBACK_REGION = "us-east-1";

    /** The sandbox, the default chain (when credentials are in reach), each profile, each saved endpoint. */
    public List<Connection> available(Settings settings) {
        List<Connection> result = new ArrayList<>();
        List<String> profiles = ProfileDiscovery.profileNames(); // the AWS files are read once
        if (ProfileDiscovery.environmentHasCredentials() || !profiles.isEmpty()) result.add(Connection.defaultChain());
        for (String profile : profiles) result.add(Connection.profile(profile));
        for (Settings.SavedEndpoint e : settings.endpoints) {
            try {
                result.add(Connection.endpoint(URI.create(e.url), e.region == null ? FALLBACK_REGION : e.region));
            } catch (IllegalArgumentException ignored) {
                // a hand-edited bad URL in the settings: leave it out rather than fail the start
            }
        }
        result.add(Connection.sandbox());
        return result;
    }

    /**
     * The last connection if it is still there; otherwise AWS when credentials are in reach;
     * otherwise the embedded sandbox, so a new user with no AWS account sees something at once.
     */
    public Connection initial(Settings settings, List<Connection> available) {
        Optional<Connection> last = available.stream().filter(c -> c.id().equals(settings.lastConnectionId)).findFirst();
        if (last.isPresent()) return last.get();
        return available.stream().filter(c -> c.kind() == ConnectionKind.DEFAULT_CHAIN).findFirst()
                .orElseGet(() -> available.stream().filter(c -> c.kind() == ConnectionKind.PROFILE).findFirst()
                        .orElse(Connection.sandbox()));
    }

    /** What the endpoint behind a connection implements (the sandbox has no backups, PITR or AWS Backup). */
    public EndpointCapabilities capabilities(Connection connection) {
        return EndpointCapabilities.of(connection);
    }

    /** The region to show first for a connection: remembered, the connection's own, the profile's, or us-east-1. */
    public String initialRegion(Connection connection, String remembered) {
        if (connection.regionLocked()) return connection.defaultRegion();
        if (remembered != null && !remembered.isBlank()) return remembered;
        if (connection.defaultRegion() != null) return connection.defaultRegion();
        if (connection.profileName() != null) {
            return ProfileDiscovery.regionOf(connection.profileName()).orElse(FALLBACK_REGION);
        }
        String env = System.getenv("AWS_REGION");
        if (env == null) env = System.getenv("AWS_DEFAULT_REGION");
        return env == null || env.isBlank() ? FALLBACK_REGION : env;
    }
}
