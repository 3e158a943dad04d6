package dev.dynamobackup.service;

/** A backup name the service would refuse; raised before any call is made. */
public final class InvalidBackupNameException extends IllegalArgumentException {
    public InvalidBackupNameException(String sentence) {
        super(sentence);
    }
}
