package dev.dynamobackup.tasks;

/** A started task: can be cancelled (interrupts the worker; no callback runs after a cancel). */
public interface TaskHandle {
    void cancel();

    boolean isDone();

    TaskHandle DONE = new TaskHandle() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };
}
