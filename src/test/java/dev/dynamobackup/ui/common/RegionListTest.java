package dev.dynamobackup.ui.common;

import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.EndpointCapabilities;
import dev.dynamobackup.tasks.SameThreadTaskRunner;
import dev.dynamobackup.ui.session.SessionState;
import dev.dynamobackup.ui.session.UiEvents;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The region-wide list: follows the session, calls only while shown, says why the sandbox has none. */
class RegionListTest {
    private final SessionState session = new SessionState(new UiEvents());
    private final SimpleBooleanProperty shown = new SimpleBooleanProperty(false);
    /** The regions asked, in order: the list's calls. */
    private final List<String> asked = new ArrayList<>();
    private RuntimeException failure;

    private RegionList<String> list() {
        return new RegionList<String>(new SameThreadTaskRunner(), t -> EndpointCapabilities.of(t.connection()),
                EndpointCapabilities::awsBackup, t -> "list " + t.region(), t -> {
            asked.add(t.region());
            if (failure != null) throw failure;
            return List.of("vault-in-" + t.region());
        });
    }

    private void connect(Connection c, String region) {
        session.connectionProperty().set(c);
        session.regionProperty().set(region);
    }

    private static Connection endpoint() {
        return Connection.endpoint(URI.create("http://localhost:1"), "us-east-1");
    }

    @Test
    void aHiddenViewCallsNothingAndLoadsOnceWhenShown() {
        RegionList<String> list = list();
        list.follow(session, shown);
        connect(endpoint(), "us-east-1");
        connect(endpoint(), "eu-west-1");
        assertEquals(List.of(), asked);

        shown.set(true);
        assertEquals(List.of("eu-west-1"), asked);
        assertEquals(List.of("vault-in-eu-west-1"), list.rows());
        shown.set(false);
        shown.set(true);
        assertEquals(List.of("eu-west-1"), asked, "not out of date: shown again without a call");
    }

    @Test
    void aRegionChangeWhileShownListsTheNewRegionAndReloadOnShowLoadsEveryTime() {
        RegionList<String> list = list().reloadOnShow();
        connect(endpoint(), "us-east-1");
        shown.set(true);
        list.follow(session, shown);
        session.regionProperty().set("ap-south-1");
        assertEquals(List.of("us-east-1", "ap-south-1"), asked);
        assertEquals(List.of("vault-in-ap-south-1"), list.rows());
        shown.set(false);
        shown.set(true);
        assertEquals(3, asked.size());
    }

    @Test
    void theSandboxSaysWhyInsteadOfCalling() {
        RegionList<String> list = list();
        shown.set(true);
        list.follow(session, shown);
        connect(Connection.sandbox(), "us-east-1");
        list.refresh();
        assertEquals(List.of(), asked);
        assertTrue(list.unavailableProperty().get().orElseThrow().contains("DynamoDB Local"), list.unavailableProperty().get().toString());
        assertEquals(Optional.empty(), list.errorProperty().get());

        connect(endpoint(), "us-east-1");
        assertEquals(Optional.empty(), list.unavailableProperty().get());
        assertEquals(List.of("us-east-1"), asked);
    }

    @Test
    void aFailedLoadIsKeptUntilTheNextOneWorks() {
        RegionList<String> list = list();
        List<String> loaded = new ArrayList<>();
        list.onLoaded(rows -> loaded.add(String.join(",", rows)));
        failure = new IllegalStateException("endpoint down");
        shown.set(true);
        connect(endpoint(), "us-east-1");
        list.follow(session, shown);
        assertTrue(list.errorProperty().get().isPresent());
        assertFalse(list.loadingProperty().get());
        assertEquals(List.of(), loaded);

        failure = null;
        list.refresh();
        assertEquals(Optional.empty(), list.errorProperty().get());
        assertEquals(List.of("vault-in-us-east-1"), loaded);
    }
}
