package dev.dynamobackup.service;

import dev.dynamobackup.model.Problem;
import dev.dynamobackup.service.validation.InputRefusedException;

/** A backup name the service would refuse; raised before any call is made (the message adds "choose another name"). */
public final class InvalidBackupNameException extends InputRefusedException {
    public InvalidBackupNameException(Problem problem) {
        super(problem);
    }
}
