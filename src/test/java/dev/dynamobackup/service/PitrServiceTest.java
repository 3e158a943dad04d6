package dev.dynamobackup.service;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.UnsupportedByEndpointException;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.PitrWindow;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.RequestRecorder;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@WithMoto
class PitrServiceTest {
    @TempDir Path dir;
    private final RequestRecorder recorder = new RequestRecorder();
    private AwsClients clients;

    @AfterEach
    void close() {
        if (clients != null) clients.close();
    }

    @Test
    void enableChangePeriodAndDisableRoundTrip(Moto moto) {
        moto.createTable("us-east-1", "Orders", "pk", null);
        clients = moto.clients(dir, recorder);
        PitrService pitr = new PitrService(clients);
        ConnectionTarget target = moto.target("us-east-1");

        assertFalse(pitr.describe(target, "Orders").enabled());

        PitrWindow on = pitr.enable(target, "Orders", 7);
        assertTrue(on.enabled());
        assertEquals(7, pitr.describe(target, "Orders").recoveryPeriodDays());
        assertNotNull(pitr.describe(target, "Orders").earliest());
        assertNotNull(pitr.describe(target, "Orders").latest());

        pitr.enable(target, "Orders", 35);
        assertEquals(35, pitr.describe(target, "Orders").recoveryPeriodDays());

        pitr.disable(target, "Orders");
        PitrWindow off = pitr.describe(target, "Orders");
        assertFalse(off.enabled());
        assertEquals(0, off.recoveryPeriodDays());
    }

    @Test
    void aPeriodOutsideOneToThirtyFiveIsRefusedBeforeTheCall(Moto moto) {
        clients = moto.clients(dir, recorder);
        PitrService pitr = new PitrService(clients);
        assertThrows(RestoreRefusedException.class, () -> pitr.enable(moto.target("us-east-1"), "Orders", 0));
        assertThrows(RestoreRefusedException.class, () -> pitr.enable(moto.target("us-east-1"), "Orders", 36));
        assertEquals(0, recorder.count());
    }

    @Test
    void theSandboxHasNoPitrAndSaysWhy(Moto moto) {
        clients = moto.clients(dir);
        PitrService pitr = new PitrService(clients);
        UnsupportedByEndpointException e = assertThrows(UnsupportedByEndpointException.class,
                () -> pitr.describe(new ConnectionTarget(Connection.sandbox(), "us-east-1"), "Orders"));
        assertTrue(e.getMessage().contains("DynamoDB Local"), e.getMessage());
    }

    @Test
    void monthlyEstimateIsTableSizeInGbTimesTwentyCents() {
        assertEquals(0.20, PitrService.monthlyEstimate(1024L * 1024 * 1024), 1e-9);
        assertEquals(10.0, PitrService.monthlyEstimate(50L * 1024 * 1024 * 1024), 1e-9);
        assertEquals(0.0, PitrService.monthlyEstimate(0), 1e-9);
    }
}
