package dev.dynamobackup.cli;

import picocli.CommandLine.Option;

/** {@code --wait} and {@code --replay-settings}, shared by both restore commands (a picocli mixin). */
public final class FollowUpOptions {
    @Option(names = "--wait", description = "Follow the new table until it is ACTIVE and print how long it took.")
    boolean wait;

    @Option(names = "--replay-settings", description = "Once ACTIVE, re-apply the source table's tags, TTL, "
            + "stream, PITR and deletion protection (implies --wait).")
    boolean replaySettings;

    /** Replaying settings needs the table ACTIVE, so it implies waiting. */
    boolean waitForActive() {
        return wait || replaySettings;
    }
}
