package dev.dynamobackup.model;

/**
 * The outcome of re-applying one setting to a restored table.
 *
 * @param outcome APPLIED, SKIPPED (the source had nothing to re-apply) or FAILED
 * @param text    what was done or why it failed, in words
 */
public record ReplayStep(ReplayItem item, Outcome outcome, String text) {
    public enum Outcome { APPLIED, SKIPPED, FAILED }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
