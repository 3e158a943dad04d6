package dev.dynamobackup.model;

import java.util.Objects;

/** A connection in one region: the unit every AWS client and every view is keyed by. */
public record ConnectionTarget(Connection connection, String region) {
    public ConnectionTarget {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(region, "region");
    }

    @Override
    public String toString() {
        return connection.displayName() + " / " + region;
    }
}
