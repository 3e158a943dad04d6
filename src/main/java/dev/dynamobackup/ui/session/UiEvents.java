package dev.dynamobackup.ui.session;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The UI's event bus: one instance per {@code UiContext} (not a singleton, so each test and window has
 * its own). Publish and handle on the FX thread only; handlers run in the order they subscribed.
 */
public final class UiEvents {
    private final Map<Class<? extends UiEvent>, List<Consumer<? super UiEvent>>> handlers = new ConcurrentHashMap<>();

    /** Calls {@code handler} with every event of {@code type}; the returned runnable unsubscribes. */
    public <E extends UiEvent> Runnable subscribe(Class<E> type, Consumer<? super E> handler) {
        Consumer<? super UiEvent> typed = event -> handler.accept(type.cast(event));
        List<Consumer<? super UiEvent>> list = handlers.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>());
        list.add(typed);
        return () -> list.remove(typed);
    }

    public void publish(UiEvent event) {
        handlers.getOrDefault(event.getClass(), List.of()).forEach(h -> h.accept(event));
    }
}
