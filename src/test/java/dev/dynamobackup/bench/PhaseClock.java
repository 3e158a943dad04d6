package dev.dynamobackup.bench;

import dev.dynamobackup.service.snapshot.SnapshotProgress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A progress listener that times each phase of an import (verifying, creating the table, importing,
 * checking) with the client's and the server's CPU during it.
 */
final class PhaseClock implements SnapshotProgress.Listener {
    private final CpuMeter server = CpuMeter.server();
    private final List<String> lines = new ArrayList<>();
    private SnapshotProgress.Phase phase;
    private CpuMeter.Window clientCpu;
    private CpuMeter.Window serverCpu;
    private CpuMeter.Machine machine;

    @Override
    public synchronized void progress(SnapshotProgress p) {
        if (p.phase() == phase) return;
        close();
        phase = p.phase();
        if (phase == SnapshotProgress.Phase.DONE) return;
        clientCpu = CpuMeter.self().start();
        machine = new CpuMeter.Machine();
        serverCpu = server == null ? null : server.start();
    }

    private void close() {
        if (phase == null || clientCpu == null) return;
        Map<String, Double> client = clientCpu.stop();
        lines.add(String.format(Locale.ROOT, "  %-14s %6.2f s; client %s", phase, client.get("wall"), CpuMeter.describe(client)));
        if (serverCpu != null) lines.add("                         server " + CpuMeter.describe(serverCpu.stop()));
        lines.add("                         " + machine.stop());
        clientCpu = null;
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
