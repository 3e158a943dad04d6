package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.service.validation.RefusedException;

/** A snapshot operation refused before it wrote anything, or a snapshot that fails its checks. */
public final class SnapshotRefusedException extends RefusedException {
    public SnapshotRefusedException(String what, String todo) {
        super(what, todo);
    }
}
