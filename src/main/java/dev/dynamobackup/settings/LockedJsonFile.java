package dev.dynamobackup.settings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * A JSON file that the GUI and the CLI may both write at the same time. Every read and write holds a
 * lock on a sibling {@code .lock} file (other processes) and a per-path lock (other threads: the OS lock
 * is per process), writes go to a unique temporary file that is then moved over the file atomically, and
 * a file that cannot be parsed is moved aside ({@code <name>.<label>-<time>}) instead of being
 * overwritten.
 */
public final class LockedJsonFile<T> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** FileChannel.lock throws when two threads of one process ask for the same file, so they queue here first. */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;
    private final ObjectMapper mapper;
    private final TypeReference<T> type;
    private final String asideLabel;

    /**
     * What a read found.
     *
     * @param value      the parsed content; null when there was no file or it was damaged
     * @param damaged    the file existed but could not be read or parsed
     * @param movedAside where the damaged file went; null when nothing was moved (or the move failed)
     */
    public record Read<T>(T value, boolean damaged, Path movedAside) {
    }

    /** @param asideLabel the word in a damaged file's new name, e.g. {@code damaged} */
    public LockedJsonFile(Path file, ObjectMapper mapper, TypeReference<T> type, String asideLabel) {
        this.file = file.toAbsolutePath().normalize();
        this.mapper = mapper;
        this.type = type;
        this.asideLabel = asideLabel;
    }

    public Path file() {
        return file;
    }

    /** Reads the file; a damaged one is moved aside (under the lock, so no writer's fresh file is taken). */
    public Read<T> read() throws IOException {
        if (Files.notExists(file)) return new Read<>(null, false, null);
        return locked(this::readAndSetAside);
    }

    /** Replaces the content. */
    public void write(T value) throws IOException {
        update(old -> value);
    }

    /**
     * Reads, changes and writes under one lock, so concurrent writers never lose each other's changes.
     * {@code change} gets null when there was no readable content. A damaged file is moved aside first;
     * when it cannot be moved nothing is written (it is never overwritten).
     *
     * @return what was read before the change
     */
    public Read<T> update(UnaryOperator<T> change) throws IOException {
        return locked(() -> {
            Read<T> before = readAndSetAside();
            if (before.damaged() && before.movedAside() == null) {
                throw new IOException(file + " could not be read and could not be moved aside, so it was left as it was");
            }
            writeAtomically(change.apply(before.value()));
            return before;
        });
    }

    private Read<T> readAndSetAside() {
        T value;
        try {
            value = mapper.readValue(Files.readAllBytes(file), type);
            if (value != null) return new Read<>(value, false, null);
        } catch (NoSuchFileException e) {
            return new Read<>(null, false, null);
        } catch (IOException | RuntimeException e) {
            // unreadable or not JSON of this shape: treated like a file holding nothing (below)
        }
        return new Read<>(null, true, moveAside());
    }

    private void writeAtomically(T value) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
        try {
            mapper.writeValue(tmp.toFile(), value);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Moves the file to a name that does not exist yet; null when it could not be moved. */
    private Path moveAside() {
        String base = file.getFileName() + "." + asideLabel + "-" + LocalDateTime.now().format(STAMP);
        for (int n = 0; n < 100; n++) {
            Path aside = file.resolveSibling(n == 0 ? base : base + "-" + n);
            try {
                return Files.move(file, aside);
            } catch (FileAlreadyExistsException e) {
                // an earlier copy from the same second: keep it, try the next name
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    private interface Locked<R> {
        R run() throws IOException;
    }

    private <R> R locked(Locked<R> work) throws IOException {
        ReentrantLock threads = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        threads.lock();
        try {
            Files.createDirectories(file.getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                return work.run();
            }
        } finally {
            threads.unlock();
        }
    }
}
