package dev.dynamobackup.model;

/** The encryption a restored table gets: the three choices of the console's restore page. */
public enum EncryptionChoice {
    /** Keep what the backup had (no SSESpecificationOverride is sent). */
    SAME_AS_SOURCE,
    /** AWS owned key (no charge). */
    AWS_OWNED,
    /** AWS managed key {@code alias/aws/dynamodb}. */
    AWS_MANAGED,
    /** A customer managed KMS key, given by its ARN. */
    CUSTOMER_MANAGED
}
