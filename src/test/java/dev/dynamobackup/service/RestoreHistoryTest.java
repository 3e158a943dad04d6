package dev.dynamobackup.service;

import dev.dynamobackup.model.RestoreRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RestoreHistoryTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @TempDir Path dir;

    private static RestoreRecord record(String target) {
        return new RestoreRecord("us-east-1", "Orders", target, "BACKUP", T0, T0.plusSeconds(5));
    }

    @Test
    void recordsAreWrittenAsJsonAndReadPerSourceTableNewestFirst() throws Exception {
        RestoreHistory history = new RestoreHistory(dir);
        history.record(new RestoreRecord("us-east-1", "Orders", "Orders-1", "BACKUP", T0, T0.plusSeconds(90)));
        history.record(new RestoreRecord("us-east-1", "Orders", "Orders-2", "POINT_IN_TIME", T0.plusSeconds(600), T0.plusSeconds(1200)));
        history.record(new RestoreRecord("eu-west-1", "Orders", "Orders-3", "BACKUP", T0, T0.plusSeconds(5)));
        history.record(new RestoreRecord("us-east-1", "Users", "Users-1", "BACKUP", T0, T0.plusSeconds(5)));

        List<RestoreRecord> orders = new RestoreHistory(dir).forSource("us-east-1", "Orders");

        assertEquals(List.of("Orders-2", "Orders-1"), orders.stream().map(RestoreRecord::targetTable).toList());
        assertEquals(Duration.ofMinutes(10), orders.get(0).duration());
        assertEquals(Duration.ofSeconds(90), orders.get(1).duration());
        String json = Files.readString(dir.resolve(RestoreHistory.FILE_NAME));
        assertTrue(json.contains("\"sourceTable\" : \"Orders\""), json);
        assertTrue(json.contains("2026-01-01T10:00:00Z"), json);
        assertEquals(List.of(), tempFiles(), "no temporary file is left behind");
    }

    @Test
    void aMissingFileReadsAsEmptyAndReportsNothing() {
        RestoreHistory history = new RestoreHistory(dir);
        List<Path> reports = new ArrayList<>();
        history.onDamaged(reports::add);
        assertTrue(history.readAll().isEmpty());
        assertEquals(List.of(), reports);
    }

    @Test
    void aDamagedFileIsMovedAsideReportedOnceAndNeverOverwritten() throws Exception {
        Path file = dir.resolve(RestoreHistory.FILE_NAME);
        Files.writeString(file, "[{\"region\": \"us-east-1\", \"sourceTa");
        RestoreHistory history = new RestoreHistory(dir);
        List<Path> reports = new CopyOnWriteArrayList<>();
        history.onDamaged(reports::add);

        assertTrue(history.readAll().isEmpty());
        history.record(record("Orders-new"));
        history.readAll();

        assertEquals(1, reports.size(), "reported once: " + reports);
        Path aside = reports.get(0);
        assertTrue(aside.getFileName().toString().startsWith(RestoreHistory.FILE_NAME + ".damaged-"), aside.toString());
        assertEquals("[{\"region\": \"us-east-1\", \"sourceTa", Files.readString(aside), "the damaged content is kept as it was");
        assertEquals(List.of("Orders-new"), history.readAll().stream().map(RestoreRecord::targetTable).toList());
    }

    @Test
    void aFileDamagedTwiceInOneSecondKeepsBothCopies() throws Exception {
        Path file = dir.resolve(RestoreHistory.FILE_NAME);
        RestoreHistory history = new RestoreHistory(dir);
        List<Path> reports = new ArrayList<>();
        history.onDamaged(reports::add);
        Files.writeString(file, "first damage");
        history.readAll();
        Files.writeString(file, "second damage");
        history.record(record("Orders-1"));

        assertEquals(2, reports.size(), reports.toString());
        assertEquals("first damage", Files.readString(reports.get(0)));
        assertEquals("second damage", Files.readString(reports.get(1)));
    }

    @Test
    void twoWritersInThreadsLoseNoRecord() throws Exception {
        int n = 60;
        CountDownLatch start = new CountDownLatch(1);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> writers = new ArrayList<>();
        for (String prefix : List.of("gui", "cli")) {
            // one instance each, as the GUI and the CLI have
            RestoreHistory history = new RestoreHistory(dir);
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < n; i++) history.record(record(prefix + "-" + i));
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            t.start();
            writers.add(t);
        }
        start.countDown();
        for (Thread t : writers) t.join(TimeUnit.MINUTES.toMillis(2));

        assertEquals(List.of(), failures);
        assertEquals(Set.of(), missing(expected(n, "gui", "cli")));
        assertEquals(List.of(), tempFiles());
    }

    @Test
    void twoWriterProcessesAndThisOneLoseNoRecord() throws Exception {
        int n = 40;
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Process> processes = new ArrayList<>();
        for (String prefix : List.of("cli1", "cli2")) {
            processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    HistoryWriterProcess.class.getName(), dir.toString(), prefix, Integer.toString(n))
                    .redirectErrorStream(true).start());
        }
        RestoreHistory gui = new RestoreHistory(dir);
        for (int i = 0; i < n; i++) gui.record(record("gui-" + i));
        for (Process p : processes) {
            assertTrue(p.waitFor(3, TimeUnit.MINUTES), "writer process finished");
            assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes()));
        }

        assertEquals(Set.of(), missing(expected(n, "gui", "cli1", "cli2")));
        assertEquals(List.of(), tempFiles());
    }

    private static Set<String> expected(int n, String... prefixes) {
        return Stream.of(prefixes).flatMap(p -> IntStream.range(0, n).mapToObj(i -> p + "-" + i)).collect(Collectors.toSet());
    }

    /** The expected records the file lacks; also checks that none is there twice or unexpected. */
    private Set<String> missing(Set<String> expected) {
        List<String> all = new RestoreHistory(dir).readAll().stream().map(RestoreRecord::targetTable).toList();
        assertEquals(all.size(), Set.copyOf(all).size(), "no record written twice");
        assertTrue(expected.containsAll(all), "only the records written");
        Set<String> missing = new java.util.TreeSet<>(expected);
        all.forEach(missing::remove);
        return missing;
    }

    private List<Path> tempFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
