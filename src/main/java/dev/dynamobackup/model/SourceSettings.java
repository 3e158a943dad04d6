package dev.dynamobackup.model;

import java.util.Map;

/**
 * The settings of a source table that a restore does not carry over, read before the restore so they
 * can be re-applied to the new table.
 *
 * @param ttlAttribute   the TTL attribute when TTL is on, else null
 * @param streamViewType the stream view type when a stream is on, else null
 * @param pitrDays       the PITR recovery period when PITR is on, else 0
 */
public record SourceSettings(String tableName, Map<String, String> tags, String ttlAttribute, String streamViewType,
                             int pitrDays, boolean deletionProtection) {
    public SourceSettings {
        tags = Map.copyOf(tags);
    }

    /** True when the source has something to re-apply for {@code item}. */
    public boolean has(ReplayItem item) {
        return switch (item) {
            case TAGS -> !tags.isEmpty();
            case TTL -> ttlAttribute != null;
            case STREAM -> streamViewType != null;
            case PITR -> pitrDays > 0;
            case DELETION_PROTECTION -> deletionProtection;
        };
    }

    /** The value as a person reads it, e.g. "env=prod, team=a" or "on, attribute expiresAt" (from the bundle). */
    public String describe(ReplayItem item) {
        Problem text = switch (item) {
            case TAGS -> tags.isEmpty() ? Problem.of("replay.value.none") : Problem.of("replay.value.tags",
                    String.join(", ", tags.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList()));
            case TTL -> ttlAttribute == null ? Problem.of("replay.value.off") : Problem.of("replay.value.ttl", ttlAttribute);
            case STREAM -> streamViewType == null ? Problem.of("replay.value.off")
                    : Problem.of("replay.value.stream", streamViewType);
            case PITR -> pitrDays == 0 ? Problem.of("replay.value.off") : Problem.of("replay.value.pitr", pitrDays);
            case DELETION_PROTECTION -> Problem.of(deletionProtection ? "replay.value.on" : "replay.value.off");
        };
        return text.text();
    }
}
