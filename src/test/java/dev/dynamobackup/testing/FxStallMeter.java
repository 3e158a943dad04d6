package dev.dynamobackup.testing;

import javafx.application.Platform;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the FX thread while something runs. A heartbeat posted every 5 ms gives the longest wait of
 * an FX event. Every 10 ms the FX thread's stack is sampled: inside the SDK or a socket means an AWS
 * call on the FX thread, whatever its length; and while an event has waited over the limit, the sample
 * says who kept it waiting: the app's own code, or JavaFX (layout, waiting for the render thread) or
 * nobody (the thread idle, its wake-up late). On a shared 2-core machine the last three are mostly the
 * machine, so a test asserts on what the app holds (SDK calls; {@link #longestAppCpuMs}, the FX thread's
 * CPU time in the app's code, which load does not inflate) and prints the rest.
 */
public final class FxStallMeter implements AutoCloseable {
    /** Who held the FX thread while an event waited too long. */
    public enum Holder { SDK_CALL, APP_CODE, RENDERING, JAVAFX, IDLE }

    private final long limitMs;
    private final AtomicLong longestWait = new AtomicLong();
    private final Map<Holder, AtomicInteger> stalledSamples = new ConcurrentHashMap<>();
    private final List<String> appStacks = new CopyOnWriteArrayList<>();
    private final AtomicInteger sdkSamples = new AtomicInteger();
    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fx-stall-meter");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger longestAppRun = new AtomicInteger();
    private final AtomicLong longestAppCpuNanos = new AtomicLong();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private int appRun;
    private long appRunCpu;
    private long lastCpu = -1;
    private volatile String longestAppStack = "";
    private volatile Thread fxThread;
    private volatile long lastBeat = System.nanoTime();

    public FxStallMeter(long limitMs) {
        this.limitMs = limitMs;
        Platform.runLater(() -> fxThread = Thread.currentThread());
        beat.scheduleAtFixedRate(this::tick, 0, 5, TimeUnit.MILLISECONDS);
        beat.scheduleAtFixedRate(this::sample, 0, 10, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        long posted = System.nanoTime();
        Platform.runLater(() -> {
            lastBeat = System.nanoTime();
            longestWait.accumulateAndGet((lastBeat - posted) / 1_000_000, Math::max);
        });
    }

    private void sample() {
        Thread fx = fxThread;
        if (fx == null) return;
        StackTraceElement[] stack = fx.getStackTrace();
        boolean inCall = Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("software.amazon.awssdk.core.internal.http")
                || f.getClassName().startsWith("java.net.Socket") || f.getClassName().startsWith("sun.nio.ch"));
        if (inCall) sdkSamples.incrementAndGet();
        Holder holder = holder(stack, inCall);
        boolean app = holder == Holder.APP_CODE || holder == Holder.SDK_CALL;
        appRun = app ? appRun + 1 : 0;
        // CPU the FX thread spent since the last sample, counted to the app's run while its code is on the stack
        long cpu = threads.getThreadCpuTime(fx.getId());
        appRunCpu = app && lastCpu >= 0 && cpu >= 0 ? appRunCpu + (cpu - lastCpu) : 0;
        lastCpu = cpu;
        longestAppCpuNanos.accumulateAndGet(appRunCpu, Math::max);
        if (appRun > longestAppRun.get() && appRun >= 3) {
            longestAppStack = Arrays.toString(Arrays.copyOf(stack, Math.min(stack.length, 30)));
        }
        longestAppRun.accumulateAndGet(appRun, Math::max);
        if ((System.nanoTime() - lastBeat) / 1_000_000 <= limitMs) return;
        stalledSamples.computeIfAbsent(holder, k -> new AtomicInteger()).incrementAndGet();
        if (holder == Holder.APP_CODE && appStacks.size() < 5) {
            appStacks.add(Arrays.toString(Arrays.copyOf(stack, Math.min(stack.length, 20))));
        }
    }

    private static Holder holder(StackTraceElement[] stack, boolean inCall) {
        if (inCall) return Holder.SDK_CALL;
        if (Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("dev.dynamobackup.")
                && !f.getClassName().startsWith("dev.dynamobackup.testing."))) {
            return Holder.APP_CODE;
        }
        if (Arrays.stream(stack).anyMatch(f -> f.getMethodName().equals("waitForRenderingToComplete"))) return Holder.RENDERING;
        if (stack.length > 0 && Arrays.stream(stack).limit(3).anyMatch(f -> f.getMethodName().equals("getNextRunnable"))) {
            return Holder.IDLE;
        }
        return Holder.JAVAFX;
    }

    /** The longest raw wait of an FX event, machine load included, in ms. */
    public long longestWaitMs() {
        return longestWait.get();
    }

    /** Samples taken while an event had waited over the limit, by who held the FX thread. */
    public int stalledSamples(Holder holder) {
        AtomicInteger n = stalledSamples.get(holder);
        return n == null ? 0 : n.get();
    }

    /**
     * The longest time the app's own code held the FX thread without a break (consecutive 10 ms samples
     * with app frames on its stack), in ms: the stall the app itself caused.
     */
    public long longestAppHoldMs() {
        return longestAppRun.get() * 10L;
    }

    /**
     * The most CPU time the FX thread spent in one uninterrupted run of the app's code, in ms: the work
     * the app itself kept the FX thread busy with, whatever the machine's load (a blocking call spends
     * no CPU: {@link #sdkCallSamples} catches those).
     */
    public long longestAppCpuMs() {
        return longestAppCpuNanos.get() / 1_000_000;
    }

    /** Samples (at any time) of the FX thread inside an SDK call or a socket. */
    public int sdkCallSamples() {
        return sdkSamples.get();
    }

    public List<String> appStacks() {
        return List.copyOf(appStacks);
    }

    @Override
    public void close() {
        beat.shutdownNow();
    }

    @Override
    public String toString() {
        return "longest FX event wait " + longestWaitMs() + " ms; app code held the FX thread at most about "
                + longestAppHoldMs() + " ms at a time (wall), " + longestAppCpuMs() + " ms of CPU; 10 ms samples while an event waited over " + limitMs
                + " ms: app code " + stalledSamples(Holder.APP_CODE) + ", SDK call " + stalledSamples(Holder.SDK_CALL)
                + ", JavaFX layout/CSS " + stalledSamples(Holder.JAVAFX) + ", waiting for the render thread "
                + stalledSamples(Holder.RENDERING) + ", idle (late wake-up) " + stalledSamples(Holder.IDLE)
                + "; SDK calls on the FX thread at any time: " + sdkCallSamples() + (appStacks.isEmpty() ? "" : "; " + appStacks)
                + (longestAppStack.isEmpty() ? "" : "; the app's longest hold: " + longestAppStack);
    }
}
