package dev.dynamobackup.ui.main;

import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.EndpointCapabilities;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.tasks.LatestTask;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.session.SessionState;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The main window's state and commands: which connection and region, the tables there, the filter,
 * the selected table and its details, what is loading and what went wrong. Holds no nodes; all AWS
 * work goes through the task runner and lands back here on the FX thread.
 */
public final class MainModel {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final UiContext ctx;
    private final ObservableList<Connection> connections = FXCollections.observableArrayList();
    private final SessionState session;
    private final ObjectProperty<Connection> connection;
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final ObjectProperty<String> region;
    private final ObservableList<TableSummary> tables;
    private final FilteredList<TableSummary> visibleTables;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<TableSummary> selected;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Optional<UserMessage>> loadError = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /** One table listing at a time: the results of an older load (another region) are dropped. */
    private final LatestTask listing;
    private final LatestTask detailing;
    private boolean starting = true;

    public MainModel(UiContext ctx) {
        this.ctx = ctx;
        this.listing = new LatestTask(ctx.tasks());
        this.detailing = new LatestTask(ctx.tasks());
        this.session = ctx.session();
        this.connection = session.connectionProperty();
        this.region = session.regionProperty();
        this.tables = session.tables();
        this.selected = session.selectedProperty();
        this.visibleTables = new FilteredList<>(tables);
        visibleTables.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String f = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
            return f.isEmpty() ? t -> true : t -> t.name().toLowerCase(Locale.ROOT).contains(f);
        }, filter));
        connection.addListener((obs, old, now) -> onConnectionChanged(now));
        region.addListener((obs, old, now) -> {
            if (!starting && now != null) refresh();
        });
        selected.addListener((obs, old, now) -> loadDetails(now));
    }

    /** Reads profiles and regions in the background, then opens on the remembered (or sandbox) connection. */
    public void start() {
        status.set(I18n.t("status.starting"));
        loading.set(true); // the table list says "Loading tables…", not "No tables", until the first list
        // a damaged restore history is found on a worker thread and moved aside once: said once, on the FX thread
        if (ctx.recovery() != null) ctx.recovery().history().onDamaged(aside -> javafx.application.Platform.runLater(() ->
                ctx.dialogs().notifyError(I18n.t("history.damaged.title"), I18n.t("history.damaged.text", aside))));
        Settings settings = ctx.settings();
        ctx.tasks().run(I18n.t("task.connections"), p -> new Startup(ctx.connections().available(settings),
                        ctx.regions().dynamoDbRegions()),
                startup -> {
                    connections.setAll(startup.connections());
                    regions.setAll(startup.regions());
                    Connection initial = ctx.connections().initial(settings, startup.connections());
                    connection.set(initial);
                    region.set(ctx.connections().initialRegion(initial, settings.lastRegion));
                    starting = false;
                    refresh();
                },
                error -> {
                    starting = false;
                    loading.set(false);
                    loadError.set(Optional.of(ErrorMessages.of(error, new ConnectionTarget(Connection.sandbox(), "us-east-1"))));
                });
    }

    private record Startup(List<Connection> connections, List<String> regions) {
    }

    private void onConnectionChanged(Connection now) {
        if (now == null) return;
        session.setCapabilities(ctx.connections().capabilities(now));
        if (starting) return;
        String next = ctx.connections().initialRegion(now, now.regionLocked() ? null : region.get());
        if (!next.equals(region.get())) {
            region.set(next); // the region listener reloads
        } else {
            refresh();
        }
    }

    /** Reloads the table list of the current connection and region; rows appear as they are described. */
    public void refresh() {
        Connection c = connection.get();
        String r = region.get();
        if (c == null || r == null) {
            loading.set(false);
            return;
        }
        remember(c, r);
        ConnectionTarget target = new ConnectionTarget(c, r);
        detailing.cancel();
        String keep = selected.get() == null ? null : selected.get().name();
        tables.clear();
        loadError.set(Optional.empty());
        loading.set(true);
        status.set(I18n.t(c.regionLocked() ? "status.loadingSandbox" : "status.loading", r));
        listing.run(I18n.t("task.listTables", r),
                p -> ctx.inventory().listTables(target, t -> p.ui(() -> {
                    if (tables.stream().noneMatch(x -> x.name().equals(t.name()))) tables.add(t);
                })),
                result -> {
                    tables.setAll(result);
                    result.stream().filter(TableSummary::isTransient).forEach(t -> followTable(target, t.name()));
                    loading.set(false);
                    status.set(I18n.t("status.loaded", result.size(), r, LocalTime.now().format(CLOCK)));
                    if (keep != null) result.stream().filter(t -> t.name().equals(keep)).findFirst().ifPresent(selected::set);
                },
                error -> {
                    loading.set(false);
                    UserMessage message = ErrorMessages.of(error, target);
                    loadError.set(Optional.of(message));
                    status.set(I18n.t("status.failed", r));
                });
    }

    private void loadDetails(TableSummary table) {
        detailing.cancel();
        session.setDetails(table);
        if (table == null) return;
        ConnectionTarget target = target();
        if (target == null) return;
        detailing.run(I18n.t("task.details", table.name()),
                p -> ctx.inventory().details(target, table.name()),
                full -> {
                    if (selected.get() != null && selected.get().name().equals(full.name())) session.setDetails(full);
                },
                error -> status.set(ErrorMessages.of(error, target).sentence()));
    }

    /** Follows a table in a transient state (CREATING, UPDATING, DELETING) until it settles. */
    public void followTable(ConnectionTarget target, String tableName) {
        ctx.poller().watch(new TableStatusTarget(target, tableName, ctx.inventory(), updated -> {
            if (target.equals(target())) session.updateTable(updated);
        }, gone -> {
            if (target.equals(target())) session.removeTable(tableName);
        }));
    }

    /** Adds a custom endpoint (moto, DynamoDB Local, LocalStack), remembers it and switches to it. */
    public void addEndpoint(Connection endpoint) {
        boolean known = connections.stream().anyMatch(c -> c.id().equals(endpoint.id()));
        if (!known) {
            connections.add(connections.size() - 1, endpoint);
            ctx.settings().endpoints.add(new Settings.SavedEndpoint(endpoint.endpoint().toString(), endpoint.defaultRegion()));
            ctx.saveSettings().run();
        }
        Connection existing = connections.stream().filter(c -> c.id().equals(endpoint.id())).findFirst().orElse(endpoint);
        if (existing.equals(connection.get())) refresh();
        else connection.set(existing);
    }

    /** Deletes the sandbox's tables and seeds the demo tables again, then reloads. */
    public void resetSandbox() {
        status.set(I18n.t("status.resettingSandbox"));
        ctx.tasks().run(I18n.t("task.resetSandbox"), p -> {
                    ctx.sandbox().reset();
                    return null;
                },
                done -> {
                    if (connection.get() != null && connection.get().regionLocked()) refresh();
                    else status.set(I18n.t("status.sandboxReset"));
                },
                error -> ctx.dialogs().showError(I18n.t("dialog.resetSandbox.failed"),
                        ErrorMessages.of(error, new ConnectionTarget(Connection.sandbox(), Connection.SANDBOX_REGION))));
    }

    private void remember(Connection c, String r) {
        ctx.settings().lastConnectionId = c.id();
        if (!c.regionLocked()) ctx.settings().lastRegion = r;
    }

    public ConnectionTarget target() {
        return session.target();
    }

    /** The state the other screens read (the same object as {@code ctx.session()}). */
    public SessionState session() {
        return session;
    }

    public ObservableList<Connection> connections() {
        return connections;
    }

    public ObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    public ObservableList<String> regions() {
        return regions;
    }

    public ObjectProperty<String> regionProperty() {
        return region;
    }

    public ObservableList<TableSummary> tables() {
        return tables;
    }

    public FilteredList<TableSummary> visibleTables() {
        return visibleTables;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<TableSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<TableSummary> detailsProperty() {
        return session.detailsProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the table list could not be loaded; empty when it was. */
    public ReadOnlyObjectProperty<Optional<UserMessage>> loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EndpointCapabilities> capabilitiesProperty() {
        return session.capabilitiesProperty();
    }
}
