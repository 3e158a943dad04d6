package dev.dynamobackup.model.awsbackup;

/** The three kinds of AWS Backup job the app starts and follows. */
public enum JobKind { BACKUP, RESTORE, COPY }
