package dev.dynamobackup.ui.common;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.EndpointCapabilities;
import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.tasks.LatestTask;
import dev.dynamobackup.tasks.TaskRunner;
import dev.dynamobackup.ui.session.SessionState;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The rows of a region-wide view (vaults, plans, jobs): it follows the session's connection and region,
 * calls only while the view is shown (a change while hidden loads when it shows again), runs one load at
 * a time (another region's late answer never lands), and keeps what the view's banners show: loading,
 * the last failure, and why this endpoint cannot list such rows at all (DynamoDB Local has no AWS
 * Backup). "None" is an empty Optional. FX thread only; no nodes.
 *
 * @param <T> a row
 */
public final class RegionList<T> {
    /** Lists one region's rows; runs on a worker thread. */
    @FunctionalInterface
    public interface Fetch<T> {
        List<T> list(ConnectionTarget target) throws Exception;
    }

    private final Function<ConnectionTarget, EndpointCapabilities> capabilities;
    private final Predicate<EndpointCapabilities> supported;
    private final Function<ConnectionTarget, String> title;
    private final Fetch<T> fetch;
    private final LatestTask listing;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Optional<UserMessage>> error = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<String>> unavailable = new ReadOnlyObjectWrapper<>(Optional.empty());
    private Consumer<List<T>> onLoaded = list -> { };
    private Runnable onScope = () -> { };
    private Runnable onLoading = () -> { };
    private Runnable onFailed = () -> { };
    private ConnectionTarget target;
    private boolean active;
    private boolean stale = true;
    private boolean reloadOnShow;

    /**
     * @param capabilities what an endpoint implements ({@code BackupService::capabilities})
     * @param supported    whether the view's rows exist on such an endpoint (e.g. {@code EndpointCapabilities::awsBackup})
     * @param title        the task's title for a region
     */
    public RegionList(TaskRunner tasks, Function<ConnectionTarget, EndpointCapabilities> capabilities,
                      Predicate<EndpointCapabilities> supported, Function<ConnectionTarget, String> title, Fetch<T> fetch) {
        this.capabilities = capabilities;
        this.supported = supported;
        this.title = title;
        this.fetch = fetch;
        this.listing = new LatestTask(tasks);
    }

    /** Runs after each load the view still wants, with what it returned (the rows are set already). */
    public RegionList<T> onLoaded(Consumer<List<T>> action) {
        this.onLoaded = action;
        return this;
    }

    /** Runs when a load starts (a status line saying so). */
    public RegionList<T> onLoading(Runnable action) {
        this.onLoading = action;
        return this;
    }

    /** Runs when a load failed (the error is set already). */
    public RegionList<T> onFailed(Runnable action) {
        this.onFailed = action;
        return this;
    }

    /** Runs when the connection or region changed (what the view shows of the old one goes). */
    public RegionList<T> onScope(Runnable action) {
        this.onScope = action;
        return this;
    }

    /** Loads every time the view shows, not only when out of date (jobs move on while hidden). */
    public RegionList<T> reloadOnShow() {
        this.reloadOnShow = true;
        return this;
    }

    /** Follows the session's connection and region and the view's visibility from now on. */
    public void follow(SessionState session, ObservableValue<Boolean> shown) {
        session.connectionProperty().addListener((o, a, b) -> setScope(session.target()));
        session.regionProperty().addListener((o, a, b) -> setScope(session.target()));
        setScope(session.target());
        shown.addListener((o, a, now) -> setActive(Boolean.TRUE.equals(now)));
        setActive(Boolean.TRUE.equals(shown.getValue()));
    }

    /** Which connection and region to list; loads now when shown, else when shown next. */
    public void setScope(ConnectionTarget value) {
        target = value;
        listing.cancel(); // the other region's answer must not land here
        rows.clear();
        loading.set(false);
        error.set(Optional.empty());
        EndpointCapabilities caps = value == null ? EndpointCapabilities.FULL : capabilities.apply(value);
        unavailable.set(supported.test(caps) ? Optional.empty() : Optional.ofNullable(caps.reason()));
        stale = true;
        onScope.run();
        if (active) refresh();
    }

    /** The view is on screen: hidden views do not call AWS. */
    public void setActive(boolean value) {
        active = value;
        if (active && (stale || reloadOnShow)) refresh();
    }

    /** Lists the rows again (nothing to list before a region is chosen or where the endpoint has none). */
    public void refresh() {
        if (target == null) return;
        stale = false;
        error.set(Optional.empty());
        if (unavailable.get().isPresent()) return;
        ConnectionTarget t = target;
        loading.set(true);
        onLoading.run();
        listing.run(title.apply(t), p -> fetch.list(t), list -> {
            loading.set(false);
            rows.setAll(list);
            onLoaded.accept(list);
        }, e -> {
            loading.set(false);
            error.set(Optional.of(ErrorMessages.of(e, t)));
            onFailed.run();
        });
    }

    /** Shows the failure of a call that goes with the list (a row's details) in the same place. */
    public void showError(UserMessage message) {
        error.set(Optional.of(message));
    }

    /** The connection and region listed, or null before one is chosen. */
    public ConnectionTarget target() {
        return target;
    }

    public ObservableList<T> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last load's failure; empty when it worked. */
    public ReadOnlyObjectProperty<Optional<UserMessage>> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why this endpoint has no such rows (the sandbox); empty where it has. */
    public ReadOnlyObjectProperty<Optional<String>> unavailableProperty() {
        return unavailable.getReadOnlyProperty();
    }
}
