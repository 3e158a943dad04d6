package dev.dynamobackup.model.awsbackup;

/**
 * The region's AWS Backup settings for DynamoDB.
 *
 * @param dynamoDbOptIn    DynamoDB is a resource type AWS Backup protects here
 * @param advancedDynamoDb "advanced DynamoDB backup" (AWS Backup manages DynamoDB backups: cold storage,
 *                         cross-region and cross-account copies, tags on recovery points)
 */
public record RegionSettings(boolean dynamoDbOptIn, boolean advancedDynamoDb) {
}
