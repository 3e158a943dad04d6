package dev.dynamobackup.service;

import dev.dynamobackup.model.PitrSource;
import dev.dynamobackup.model.RestorePoint;
import dev.dynamobackup.model.RestoreSettings;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.SSESpecification;
import software.amazon.awssdk.services.dynamodb.model.SSEType;

import java.util.List;

/** Builds the two restore requests from the app's {@link RestoreSettings}: one place for the overrides. */
final class RestoreRequests {
    private RestoreRequests() {
    }

    static RestoreTableFromBackupRequest fromBackup(String backupArn, String targetName, RestoreSettings s,
                                                     List<GlobalSecondaryIndex> gsis) {
        RestoreTableFromBackupRequest.Builder b = RestoreTableFromBackupRequest.builder()
                .backupArn(backupArn).targetTableName(targetName);
        if (s.billingMode() != null) b.billingModeOverride(BillingMode.fromValue(s.billingMode()));
        if (s.provisioned()) b.provisionedThroughputOverride(throughput(s));
        if (gsis != null) b.globalSecondaryIndexOverride(gsis);
        if (s.dropLocalIndexes()) b.localSecondaryIndexOverride(List.of());
        SSESpecification sse = sse(s);
        if (sse != null) b.sseSpecificationOverride(sse);
        return b.build();
    }

    static RestoreTableToPointInTimeRequest toPointInTime(PitrSource source, String targetName, RestorePoint point,
                                                          RestoreSettings s, List<GlobalSecondaryIndex> gsis) {
        RestoreTableToPointInTimeRequest.Builder b = RestoreTableToPointInTimeRequest.builder().targetTableName(targetName);
        if (source.deleted()) b.sourceTableArn(source.tableArn());
        else b.sourceTableName(source.tableName());
        if (point.latest()) b.useLatestRestorableTime(true);
        else b.restoreDateTime(point.time());
        if (s.billingMode() != null) b.billingModeOverride(BillingMode.fromValue(s.billingMode()));
        if (s.provisioned()) b.provisionedThroughputOverride(throughput(s));
        if (gsis != null) b.globalSecondaryIndexOverride(gsis);
        if (s.dropLocalIndexes()) b.localSecondaryIndexOverride(List.of());
        SSESpecification sse = sse(s);
        if (sse != null) b.sseSpecificationOverride(sse);
        return b.build();
    }

    private static ProvisionedThroughput throughput(RestoreSettings s) {
        return ProvisionedThroughput.builder().readCapacityUnits(s.readCapacity()).writeCapacityUnits(s.writeCapacity()).build();
    }

    /** Enabled=false is the AWS owned key; KMS without a key id is the AWS managed key alias/aws/dynamodb. */
    static SSESpecification sse(RestoreSettings s) {
        return switch (s.encryption()) {
            case SAME_AS_SOURCE -> null;
            case AWS_OWNED -> SSESpecification.builder().enabled(false).build();
            case AWS_MANAGED -> SSESpecification.builder().enabled(true).sseType(SSEType.KMS).build();
            case CUSTOMER_MANAGED -> SSESpecification.builder().enabled(true).sseType(SSEType.KMS)
                    .kmsMasterKeyId(s.kmsKeyArn().trim()).build();
        };
    }
}
