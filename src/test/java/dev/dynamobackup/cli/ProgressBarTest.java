package dev.dynamobackup.cli;

import dev.dynamobackup.service.snapshot.SnapshotProgress;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressBarTest {
    @Test
    void aLineShowsTheShareItemsSizeRateAndEta() {
        SnapshotProgress p = new SnapshotProgress(SnapshotProgress.Phase.EXPORTING, 25_000, 100_000, 3 * 1048576L,
                5_000, Duration.ofSeconds(5), Duration.ofSeconds(75));
        assertEquals("exporting      [########......................]  25% 25,000/100,000 items 3.0 MB 5,000 items/s ETA 1:15",
                ProgressBar.line(p));
    }

    @Test
    void withoutATotalThereIsNoBarAndWithoutATerminalNothingIsDrawn() {
        SnapshotProgress p = new SnapshotProgress(SnapshotProgress.Phase.IMPORTING, 10, 0, 0, 0, Duration.ZERO, null);
        assertEquals("importing      10 items 0 items/s", ProgressBar.line(p));
        StringWriter err = new StringWriter();
        ProgressBar off = new ProgressBar(new PrintWriter(err), false);
        off.progress(p);
        off.done();
        assertTrue(err.toString().isEmpty());
        ProgressBar on = new ProgressBar(new PrintWriter(err), true);
        on.progress(p);
        on.done();
        assertTrue(err.toString().startsWith("\rimporting") && err.toString().endsWith("\n"), err.toString());
    }
}
