package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.SourceSettings;
import dev.dynamobackup.service.SettingsReplayService;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.util.Locale;
import java.util.Map;

/**
 * Reads the source settings a snapshot records, through the restore's capture. An endpoint that lacks
 * tagging or PITR (DynamoDB Local reached over HTTP says "not currently supported") still gets its
 * table exported: TTL, stream and deletion protection are read on their own, tags and PITR recorded as none.
 */
final class SettingsCapture {
    private SettingsCapture() {
    }

    static SourceSettings capture(SettingsReplayService replay, DynamoDbClient ddb, ConnectionTarget target,
                                  TableDescription t) throws InterruptedException {
        try {
            return replay.capture(target, t.tableName());
        } catch (AwsServiceException e) {
            if (!unsupported(e)) throw e;
        }
        var ttl = ddb.describeTimeToLive(b -> b.tableName(t.tableName())).timeToLiveDescription();
        String ttlAttribute = ttl != null && "ENABLED".equals(ttl.timeToLiveStatusAsString()) ? ttl.attributeName() : null;
        String stream = t.streamSpecification() != null && Boolean.TRUE.equals(t.streamSpecification().streamEnabled())
                ? t.streamSpecification().streamViewTypeAsString() : null;
        return new SourceSettings(t.tableName(), Map.of(), ttlAttribute, stream, 0, Boolean.TRUE.equals(t.deletionProtectionEnabled()));
    }

    private static boolean unsupported(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorCode());
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return code.contains("UnknownOperation") || message.contains("not currently supported") || message.contains("not supported");
    }
}
