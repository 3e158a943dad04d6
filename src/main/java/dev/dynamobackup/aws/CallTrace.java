package dev.dynamobackup.aws;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * {@code -Ddbm.trace=true}: where a command's time goes, measured, not guessed. Milestones (ms since the
 * process started) and spans (client creation, every SDK call with its HTTP part) are printed as
 * {@code trace:} lines on stderr when the command ends. Off by default: then nothing is recorded.
 */
public final class CallTrace implements ExecutionInterceptor {
    public static final boolean ENABLED = Boolean.getBoolean("dbm.trace");
    private static final CallTrace INSTANCE = new CallTrace();
    private static final ExecutionAttribute<Long> CALL_START = new ExecutionAttribute<>("dbm.trace.call");
    private static final ExecutionAttribute<Long> SEND_START = new ExecutionAttribute<>("dbm.trace.send");

    /**
     * Nanotime of the process start: {@code -Ddbm.trace.startMillis} (epoch ms, set by whoever launched the
     * process, e.g. the benchmark), else the OS's start time of the process (coarse on Linux).
     */
    private final long origin;
    private final Map<String, Long> milestones = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<long[]>> spans = new ConcurrentHashMap<>();

    private CallTrace() {
        Long launched = Long.getLong("dbm.trace.startMillis");
        long sinceStart = launched != null ? (System.currentTimeMillis() - launched) * 1_000_000
                : ProcessHandle.current().info().startInstant()
                        .map(s -> java.time.Duration.between(s, Instant.now()).toNanos()).orElse(0L);
        origin = System.nanoTime() - sinceStart;
    }

    public static CallTrace interceptor() {
        return INSTANCE;
    }

    /** Records the first time a named point is reached. */
    public static void milestone(String name) {
        if (ENABLED) INSTANCE.milestones.putIfAbsent(name, System.nanoTime());
    }

    /** Runs {@code work} and records its duration under {@code name}. */
    public static <T> T span(String name, Supplier<T> work) {
        if (!ENABLED) return work.get();
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            INSTANCE.record(name, start, System.nanoTime());
        }
    }

    private void record(String name, long start, long end) {
        spans.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>()).add(new long[]{start, end});
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(CALL_START, System.nanoTime());
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attributes.putAttribute(SEND_START, System.nanoTime());
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        Long start = attributes.getAttribute(SEND_START);
        if (start != null) record("http " + operation(attributes), start, System.nanoTime());
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        callEnded(attributes);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        callEnded(attributes);
    }

    private void callEnded(ExecutionAttributes attributes) {
        Long start = attributes.getAttribute(CALL_START);
        if (start != null) record("call " + operation(attributes), start, System.nanoTime());
    }

    private static String operation(ExecutionAttributes attributes) {
        return String.valueOf(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }

    /**
     * Prints the milestones in time order, then per span name: count, first, median and summed duration,
     * and its wall-clock window (first start to last end, ms since process start).
     */
    public static void print(PrintWriter err) {
        if (!ENABLED) return;
        INSTANCE.milestones.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> err.printf("trace: at %6.1f ms  %s%n", INSTANCE.ms(e.getValue()), e.getKey()));
        INSTANCE.spans.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<long[]> list = new ArrayList<>(e.getValue());
            list.sort((a, b) -> Long.compare(a[0], b[0]));
            List<Long> durations = list.stream().map(s -> s[1] - s[0]).sorted().toList();
            long sum = durations.stream().mapToLong(Long::longValue).sum();
            long lastEnd = list.stream().mapToLong(s -> s[1]).max().orElse(0);
            err.printf("trace: span %-34s n=%-3d first=%6.1f median=%6.1f sum=%7.1f ms  window %6.1f..%6.1f ms%n",
                    e.getKey(), list.size(), (list.get(0)[1] - list.get(0)[0]) / 1e6,
                    durations.get(durations.size() / 2) / 1e6, sum / 1e6, INSTANCE.ms(list.get(0)[0]), INSTANCE.ms(lastEnd));
        });
        err.flush();
    }

    private double ms(long nanos) {
        return (nanos - origin) / 1e6;
    }
}
