package dev.dynamobackup.service;

import dev.dynamobackup.aws.EmbeddedSandbox;

/** What the user can do with the embedded sandbox: reset it to the seeded demo tables. */
public final class SandboxService {
    private final EmbeddedSandbox sandbox;

    public SandboxService(EmbeddedSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** Deletes every table in the sandbox and seeds the demo tables again. Slow: call off the FX thread. */
    public void reset() {
        sandbox.wipe();
        sandbox.client();
    }
}
