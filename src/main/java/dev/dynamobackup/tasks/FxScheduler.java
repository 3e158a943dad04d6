package dev.dynamobackup.tasks;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Scheduler} on the JavaFX animation timer: the callback runs on the FX thread; nothing runs while idle. */
public final class FxScheduler implements Scheduler {
    @Override
    public Cancellable schedule(java.time.Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
