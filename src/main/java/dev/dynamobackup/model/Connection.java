package dev.dynamobackup.model;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One way of reaching DynamoDB. Holds names and addresses only, never credentials: the SDK resolves
 * those from the profile files or the environment when a client is built.
 *
 * @param kind          which kind of connection
 * @param profileName   the profile for {@link ConnectionKind#PROFILE} (optional for ENDPOINT), else null
 * @param endpoint      the URL for {@link ConnectionKind#ENDPOINT}, else null
 * @param defaultRegion   the region to start in: an endpoint's own region, the sandbox's only region; else null
 */
public record Connection(ConnectionKind kind, String profileName, URI endpoint, String defaultRegion) {

    public static final String SANDBOX_REGION = "us-east-1";

    public Connection {
        Objects.requireNonNull(kind, "kind");
        if (kind == ConnectionKind.PROFILE && (profileName == null || profileName.isBlank())) {
            throw new IllegalArgumentException("A profile connection needs a profile name");
        }
        if (kind == ConnectionKind.ENDPOINT && endpoint == null) {
            throw new IllegalArgumentException("An endpoint connection needs a URL");
        }
    }

    public static Connection profile(String name) {
        return new Connection(ConnectionKind.PROFILE, name, null, null);
    }

    public static Connection defaultChain() {
        return new Connection(ConnectionKind.DEFAULT_CHAIN, null, null, null);
    }

    /** A custom endpoint; its region is where new clients point (moto keeps regions apart). */
    public static Connection endpoint(URI url, String region) {
        return new Connection(ConnectionKind.ENDPOINT, null, url, region);
    }

    public static Connection sandbox() {
        return new Connection(ConnectionKind.SANDBOX, null, null, SANDBOX_REGION);
    }

    /** A stable identifier, used to remember the last connection in the settings. */
    public String id() {
        return switch (kind) {
            case PROFILE -> "profile:" + profileName;
            case DEFAULT_CHAIN -> "default";
            case ENDPOINT -> "endpoint:" + endpoint + (profileName == null ? "" : "#" + profileName);
            case SANDBOX -> "sandbox";
        };
    }

    /** Parses what {@link #id()} wrote; empty when the text is not a connection id. */
    public static Optional<Connection> fromId(String id, String endpointRegion) {
        if (id == null) return Optional.empty();
        try {
            if (id.equals("sandbox")) return Optional.of(sandbox());
            if (id.equals("default")) return Optional.of(defaultChain());
            if (id.startsWith("profile:")) return Optional.of(profile(id.substring(8)));
            if (id.startsWith("endpoint:")) {
                String rest = id.substring(9);
                int hash = rest.indexOf('#');
                String url = hash < 0 ? rest : rest.substring(0, hash);
                String profile = hash < 0 ? null : rest.substring(hash + 1);
                return Optional.of(new Connection(ConnectionKind.ENDPOINT, profile, URI.create(url),
                        endpointRegion == null ? SANDBOX_REGION : endpointRegion));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The name shown in the connection picker. */
    public String displayName() {
        return switch (kind) {
            case PROFILE -> "Profile: " + profileName;
            case DEFAULT_CHAIN -> "Default credentials";
            case ENDPOINT -> "Endpoint: " + endpoint;
            case SANDBOX -> "Local sandbox";
        };
    }

    /** The sandbox lives in one region only; every other connection can switch region. */
    public boolean regionLocked() {
        return kind == ConnectionKind.SANDBOX;
    }

    /** True when the connection talks to a local test server rather than to AWS. */
    public boolean isLocal() {
        return kind == ConnectionKind.ENDPOINT || kind == ConnectionKind.SANDBOX;
    }

    @Override
    public String toString() {
        return displayName();
    }
}
