package dev.dynamobackup.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up figure the smoke test and the benchmark print: the age of the process, to about 10 ms. */
class FirstFrameTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void processAgeOnLinuxIsAtLeastTheJvmUptimeAndCloseToIt() {
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        Long age = FirstFrame.linuxProcessAgeMillis();
        long jvmUptimeAfter = ManagementFactory.getRuntimeMXBean().getUptime();
        assertNotNull(age);
        // the process exists a little before the JVM is created; /proc counts in 10 ms ticks
        assertTrue(age >= jvmUptime - 20, "process age " + age + " ms < JVM uptime " + jvmUptime + " ms");
        assertTrue(age <= jvmUptimeAfter + 2_000, "process age " + age + " ms >> JVM uptime " + jvmUptimeAfter + " ms");
    }

    @Test
    void sinceJvmStartIsPositive() {
        assertTrue(FirstFrame.sinceJvmStart() > 0);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void processCpuTimeOnLinuxIsCountedAndGrows() {
        var threads = ManagementFactory.getThreadMXBean();
        long before = FirstFrame.processCpuMillis();
        long spin = threads.getCurrentThreadCpuTime();
        double sink = 0;
        // 150 ms of this thread's CPU time (not wall time: the machine may be busy)
        while (threads.getCurrentThreadCpuTime() - spin < 150_000_000L) sink += Math.sqrt(sink + 1);
        long after = FirstFrame.processCpuMillis();
        assertTrue(before > 0, "a JVM has used CPU before its tests run: " + before);
        // the process counts in 10 ms ticks
        assertTrue(after - before >= 130, "CPU time went from " + before + " to " + after + " ms (" + sink + ")");
    }
}
