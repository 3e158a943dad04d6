package dev.dynamobackup.service;

import dev.dynamobackup.model.PitrSource;
import dev.dynamobackup.model.RestorePoint;
import dev.dynamobackup.model.RestoreSettings;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.SSESpecification;
import software.amazon.awssdk.services.dynamodb.model.SSEType;

import java.util.List;
import java.util.function.Consumer;

/** Builds the two restore requests from the app's {@link RestoreSettings}: one place for the overrides. */
final class RestoreRequests {
    private RestoreRequests() {
    }

    static RestoreTableFromBackupRequest fromBackup(String backupArn, String targetName, RestoreSettings s,
                                                     List<GlobalSecondaryIndex> gsis) {
        RestoreTableFromBackupRequest.Builder b = RestoreTableFromBackupRequest.builder()
                .backupArn(backupArn).targetTableName(targetName);
        overrides(s, gsis, b::billingModeOverride, b::provisionedThroughputOverride, b::globalSecondaryIndexOverride,
                b::localSecondaryIndexOverride, b::sseSpecificationOverride);
        return b.build();
    }

    static RestoreTableToPointInTimeRequest toPointInTime(PitrSource source, String targetName, RestorePoint point,
                                                          RestoreSettings s, List<GlobalSecondaryIndex> gsis) {
        RestoreTableToPointInTimeRequest.Builder b = RestoreTableToPointInTimeRequest.builder().targetTableName(targetName);
        if (source.deleted()) b.sourceTableArn(source.tableArn());
        else b.sourceTableName(source.tableName());
        if (point.latest()) b.useLatestRestorableTime(true);
        else b.restoreDateTime(point.time());
        overrides(s, gsis, b::billingModeOverride, b::provisionedThroughputOverride, b::globalSecondaryIndexOverride,
                b::localSecondaryIndexOverride, b::sseSpecificationOverride);
        return b.build();
    }

    /** The overrides both restore requests share (their builders have no common type: one setter each). */
    private static void overrides(RestoreSettings s, List<GlobalSecondaryIndex> gsis, Consumer<BillingMode> billing,
                                  Consumer<ProvisionedThroughput> throughput, Consumer<List<GlobalSecondaryIndex>> globalIndexes,
                                  Consumer<List<LocalSecondaryIndex>> localIndexes, Consumer<SSESpecification> encryption) {
        if (s.billingMode() != null) billing.accept(BillingMode.fromValue(s.billingMode()));
        if (s.provisioned()) throughput.accept(throughput(s));
        if (gsis != null) globalIndexes.accept(gsis);
        if (s.dropLocalIndexes()) localIndexes.accept(List.of());
        SSESpecification sse = sse(s);
        if (sse != null) encryption.accept(sse);
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
