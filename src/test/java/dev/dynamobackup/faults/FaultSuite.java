package dev.dynamobackup.faults;

import dev.dynamobackup.testing.FaultProxy;
import dev.dynamobackup.testing.FaultProxy.Fault;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the fault tests share: they run only with the app's shipped retry settings; each scenario gets
 * its own {@link FaultProxy} and they run at once (a late reply costs its timeout once, not once per
 * scenario); the expected count of attempts per fault; and the printed table of fault x operation.
 */
final class FaultSuite {
    /** One scenario on its own proxy; fails with an assertion. */
    interface Scenario {
        void run(FaultProxy proxy) throws Exception;
    }

    private final String title;
    private final String rowFormat;
    private final List<String> rows = Collections.synchronizedList(new ArrayList<>());

    /** {@code rowFormat} takes the operation, the fault, times, attempts, exit code and outcome. */
    FaultSuite(String title, String rowFormat) {
        this.title = title;
        this.rowFormat = rowFormat;
    }

    /** Skips the class in the default surefire run (SDK retries off); the fault-suite execution runs it. */
    static void assumeShippedSettings() {
        assumeTrue(System.getProperty("dbm.sdk.retries") == null || "true".equals(System.getProperty("dbm.sdk.retries")),
                "the fault suite runs with the app's own retry settings only");
    }

    /** Runs every scenario at once, each through its own proxy in front of {@code endpoint}; reports all failures. */
    static void runAll(URI endpoint, List<Scenario> scenarios) throws Exception {
        List<Callable<Void>> calls = new ArrayList<>();
        for (Scenario s : scenarios) {
            calls.add(() -> {
                try (FaultProxy proxy = new FaultProxy(endpoint)) {
                    s.run(proxy);
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Throwable> failures = new ArrayList<>();
            for (Future<Void> f : pool.invokeAll(calls)) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            if (!failures.isEmpty()) {
                AssertionError all = new AssertionError(failures.size() + " fault scenarios failed: " + failures);
                failures.forEach(all::addSuppressed);
                throw all;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Throttling: 2 refusals, then through; the other faults hit the first attempt only. */
    static int times(Fault f) {
        return f == Fault.THROTTLE ? 2 : 1;
    }

    static boolean isServerError(Fault f) {
        return f == Fault.STATUS_500 || f == Fault.STATUS_503;
    }

    /**
     * For a write sent again after a check proved it not done (restores, deletes, PITR, vault lock):
     * done unless the 5xx hit that second copy too.
     */
    static boolean doneByResendable(Fault f, int times) {
        return !isServerError(f) || times == 1;
    }

    /** HTTP attempts of such a write: throttling is resent by the SDK; a 5xx is checked, then sent once more; a lost reply never. */
    static long attemptsOfResendable(Fault f) {
        return f == Fault.THROTTLE ? 3 : isServerError(f) ? 2 : 1;
    }

    static String firstLine(String s) {
        return s.isBlank() ? "(no message)" : s.lines().findFirst().orElse("");
    }

    void row(String op, Fault fault, int times, long attempts, int exit, String outcome) {
        rows.add(String.format(rowFormat, op, fault, times, attempts, exit, outcome));
    }

    void print() {
        System.out.println(title);
        rows.forEach(System.out::println);
    }
}
