package dev.dynamobackup.ui.restore;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.RestoreProgress;
import dev.dynamobackup.service.RestoreService;
import dev.dynamobackup.tasks.PollTarget;

import java.util.function.Consumer;

/** Follows a restored table (status and RestoreSummary.RestoreInProgress) until it is ACTIVE or gone. */
final class RestoreProgressTarget implements PollTarget<RestoreProgress> {
    private final ConnectionTarget target;
    private final String tableName;
    private final RestoreService restores;
    private final Consumer<RestoreProgress> onUpdate;
    private final Consumer<Throwable> onGiveUp;

    RestoreProgressTarget(ConnectionTarget target, String tableName, RestoreService restores,
                          Consumer<RestoreProgress> onUpdate, Consumer<Throwable> onGiveUp) {
        this.target = target;
        this.tableName = tableName;
        this.restores = restores;
        this.onUpdate = onUpdate;
        this.onGiveUp = onGiveUp;
    }

    @Override
    public String key() {
        return "restore:" + target.connection().id() + ":" + target.region() + ":" + tableName;
    }

    @Override
    public RestoreProgress poll() {
        return restores.progress(target, tableName);
    }

    @Override
    public boolean isTransient(RestoreProgress state) {
        return state.isTransient();
    }

    @Override
    public void onUpdate(RestoreProgress state) {
        onUpdate.accept(state);
    }

    @Override
    public void onGiveUp(Throwable error) {
        onGiveUp.accept(error);
    }
}
