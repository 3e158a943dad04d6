package dev.dynamobackup.service.snapshot;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * The write phase of an import: a few reader threads each stream one part at a time (gunzip, parse,
 * add each item to the snapshot's content digest) and hand batches of 25 to a pool of writers; a part
 * is recorded in the journal once all its batches are in. Parts an earlier run completed are only
 * read for the digest, which must cover the whole snapshot. Reading is cheap beside a BatchWriteItem
 * call (well under a microsecond an item, see the README's benchmark), so the readers are never what
 * the writers wait for, and the digest costs no second pass over the parts.
 */
final class PartImport {
    /** Parts read at once; each feeds batches to the shared writers. */
    private static final int PART_READERS = 4;
    private final SnapshotLocation location;
    private final BatchWriter writer;
    private final ImportJournal journal;
    private final ProgressMeter meter;

    PartImport(SnapshotLocation location, BatchWriter writer, ImportJournal journal, ProgressMeter meter) {
        this.location = location;
        this.writer = writer;
        this.journal = journal;
        this.meter = meter;
    }

    /** Writes the parts not in {@code done} with {@code writers} calls in flight; returns the digest of all parts. */
    ContentDigest run(List<SnapshotManifest.PartInfo> parts, Set<String> done, int writers, CancelSignal callerCancel)
            throws IOException, InterruptedException {
        ContentDigest digest = new ContentDigest();
        if (parts.isEmpty()) return digest;
        CancelSignal cancel = callerCancel.child();
        ExecutorService readers = Executors.newFixedThreadPool(Math.min(PART_READERS, parts.size()),
                SnapshotThreads.named("snapshot-read"));
        ExecutorService writing = Executors.newFixedThreadPool(writers, SnapshotThreads.named("snapshot-write"));
        // bounds the batches read ahead of the writers: memory stays a few batches per writer
        Semaphore inFlight = new Semaphore(writers * 2);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (SnapshotManifest.PartInfo part : parts) {
                boolean write = !done.contains(part.file());
                futures.add(readers.submit(() -> {
                    ContentDigest partDigest = new ContentDigest();
                    readPart(part, partDigest, write ? new Batches(writing, inFlight, cancel) : null, cancel);
                    if (write) journal.completed(part.file());
                    digest.addAll(partDigest);
                    return null;
                }));
            }
            SnapshotThreads.awaitAll(futures, cancel);
        } finally {
            readers.shutdownNow();
            writing.shutdownNow();
        }
        return digest;
    }

    /** Digests every item of the part and, unless {@code batches} is null, writes it; returns when all is in. */
    private void readPart(SnapshotManifest.PartInfo part, ContentDigest digest, Batches batches, CancelSignal cancel)
            throws IOException, InterruptedException {
        try (PartReader reader = new PartReader(location.part(part.file()))) {
            List<Map<String, AttributeValue>> batch = new ArrayList<>(BatchWriter.MAX_BATCH);
            for (Map<String, AttributeValue> item; (item = reader.next()) != null; ) {
                digest.add(item);
                if (batches == null) continue;
                batch.add(item);
                if (batch.size() == BatchWriter.MAX_BATCH) {
                    batches.submit(batch);
                    batch = new ArrayList<>(BatchWriter.MAX_BATCH);
                }
            }
            if (batches == null) return;
            if (!batch.isEmpty()) batches.submit(batch);
            batches.await();
        }
    }

    /** The batches of one part, handed to the shared writers at most {@code inFlight} at a time. */
    private final class Batches {
        private final ExecutorService writing;
        private final Semaphore inFlight;
        private final CancelSignal cancel;
        private final List<CompletableFuture<Void>> sent = new ArrayList<>();

        Batches(ExecutorService writing, Semaphore inFlight, CancelSignal cancel) {
            this.writing = writing;
            this.inFlight = inFlight;
            this.cancel = cancel;
        }

        void submit(List<Map<String, AttributeValue>> batch) throws InterruptedException {
            cancel.check();
            inFlight.acquire();
            CompletableFuture<Void> f = new CompletableFuture<>();
            try {
                writing.execute(() -> {
                    try {
                        writer.write(batch, cancel, n -> meter.add(n, 0));
                        f.complete(null);
                    } catch (Throwable e) {
                        f.completeExceptionally(e);
                    } finally {
                        inFlight.release();
                    }
                });
            } catch (RuntimeException e) {
                inFlight.release();
                throw e;
            }
            sent.add(f);
        }

        void await() throws IOException, InterruptedException {
            SnapshotThreads.awaitAll(sent, cancel);
        }
    }
}
