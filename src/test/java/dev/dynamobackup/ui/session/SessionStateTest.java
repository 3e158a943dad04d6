package dev.dynamobackup.ui.session;

import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.PitrStatus;
import dev.dynamobackup.model.TableSummary;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The shared state and the bus without a window: events reach subscribers of their type, rows change in place. */
class SessionStateTest {
    private static final Connection MOTO = Connection.endpoint(URI.create("http://127.0.0.1:5000"), "us-east-1");

    private static TableSummary table(String name, PitrStatus pitr) {
        return new TableSummary(name, "arn:" + name, "ACTIVE", 0, 0, "PAY_PER_REQUEST", pitr, false, null,
                List.of(), List.of(), 0, 0, null, null, null, Map.of(), "STANDARD");
    }

    private final UiEvents events = new UiEvents();
    private final SessionState session = new SessionState(events);

    @Test
    void aTableChangedEventReplacesTheRowOfTheCurrentTargetOnly() {
        session.connectionProperty().set(MOTO);
        session.regionProperty().set("us-east-1");
        session.tables().setAll(table("Orders", PitrStatus.DISABLED), table("Users", PitrStatus.DISABLED));
        session.selectedProperty().set(session.tables().get(0));

        events.publish(new UiEvent.TableChanged(new ConnectionTarget(MOTO, "eu-west-1"), table("Orders", PitrStatus.ENABLED)));
        assertEquals(PitrStatus.DISABLED, session.tables().get(0).pitr(), "another region's table of the same name is another table");

        TableSummary on = table("Orders", PitrStatus.ENABLED);
        events.publish(new UiEvent.TableChanged(session.target(), on));
        assertEquals(2, session.tables().size(), "replaced in place, not added");
        assertSame(on, session.tables().get(0));
        assertSame(on, session.selectedProperty().get(), "the selection follows the new row");
        assertSame(on, session.detailsProperty().get());
    }

    @Test
    void subscribersGetOnlyTheirTypeUntilTheyUnsubscribe() {
        List<UiEvent> seen = new ArrayList<>();
        Runnable unsubscribe = events.subscribe(UiEvent.BackupRemoved.class, seen::add);
        ConnectionTarget target = new ConnectionTarget(MOTO, "us-east-1");
        events.publish(new UiEvent.BackupRemoved(target, "arn:1"));
        events.publish(new UiEvent.RestoreRecorded(target, null));
        unsubscribe.run();
        events.publish(new UiEvent.BackupRemoved(target, "arn:2"));
        assertEquals(List.of(new UiEvent.BackupRemoved(target, "arn:1")), seen);
    }
}
