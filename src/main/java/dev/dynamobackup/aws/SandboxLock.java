package dev.dynamobackup.aws;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock on the sandbox folder, held while one process has its DynamoDB Local database open
 * (SQLite does not take two writers): the GUI holds it while the sandbox runs, so {@code dbm --sandbox}
 * gets a clear refusal instead of a corrupted database, and the other way round. The OS frees it
 * when the process ends, so a crash leaves no stale lock.
 */
final class SandboxLock implements AutoCloseable {
    static final String FILE_NAME = ".lock";
    private final FileChannel channel;
    private final FileLock lock;

    private SandboxLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or throws {@link SandboxInUseException} when another process holds it. */
    static SandboxLock take(Path folder) throws IOException {
        FileChannel channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new SandboxInUseException(folder);
        }
        return new SandboxLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
