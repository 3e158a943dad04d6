package dev.dynamobackup.model;

import java.util.List;

/**
 * The table settings of a restore: "restore the entire table" ({@link #ENTIRE_TABLE}) or customized
 * overrides. Null fields mean "as in the source".
 *
 * @param keepGlobalIndexes the GSIs to keep; null keeps all (no GlobalSecondaryIndexOverride is sent)
 * @param dropLocalIndexes  true drops every LSI (LocalSecondaryIndexOverride = empty list); LSIs cannot be picked one by one
 * @param billingMode       PAY_PER_REQUEST or PROVISIONED; null keeps the source's
 * @param readCapacity      read units when {@code billingMode} is PROVISIONED
 * @param writeCapacity     write units when {@code billingMode} is PROVISIONED
 * @param kmsKeyArn         the key for {@link EncryptionChoice#CUSTOMER_MANAGED}, else null
 */
public record RestoreSettings(List<String> keepGlobalIndexes, boolean dropLocalIndexes, String billingMode,
                              long readCapacity, long writeCapacity, EncryptionChoice encryption, String kmsKeyArn) {

    public static final RestoreSettings ENTIRE_TABLE =
            new RestoreSettings(null, false, null, 0, 0, EncryptionChoice.SAME_AS_SOURCE, null);

    public RestoreSettings {
        keepGlobalIndexes = keepGlobalIndexes == null ? null : List.copyOf(keepGlobalIndexes);
        if (encryption == null) encryption = EncryptionChoice.SAME_AS_SOURCE;
    }

    public boolean isEntireTable() {
        return equals(ENTIRE_TABLE);
    }

    public boolean provisioned() {
        return "PROVISIONED".equals(billingMode);
    }
}
