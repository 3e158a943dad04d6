package dev.dynamobackup.app;

import java.util.ArrayList;
import java.util.List;

/**
 * Milestones on the way to the first frame, in milliseconds since the process started: logged once the
 * window shows, and printed by {@code --smoke} (the start-up benchmark reads them). Costs a /proc read each.
 */
public final class StartupTrace {
    private static final List<String> MARKS = new ArrayList<>();

    private StartupTrace() {
    }

    public static synchronized void mark(String milestone) {
        // String.concat, not +: the first + of the process bootstraps StringConcatFactory (~20 ms here),
        // and "main" is marked before anything else has paid for it
        MARKS.add(milestone.concat("=").concat(Long.toString(FirstFrame.sinceJvmStart())));
    }

    /** For example {@code main=120 toolkit=480 settings=510 fxml=830 shown=900}. */
    public static synchronized String summary() {
        return String.join(" ", MARKS);
    }
}
