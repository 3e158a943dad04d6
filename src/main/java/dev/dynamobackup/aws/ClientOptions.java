package dev.dynamobackup.aws;

import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.time.Duration;
import java.util.List;

/**
 * How every SDK client is configured: timeouts, whether to retry (adaptive retry in the app, none in
 * tests so failures show at once), and extra interceptors (tests record the requests the app sent).
 */
public record ClientOptions(Duration apiCallTimeout, Duration apiCallAttemptTimeout, boolean retries,
                            List<ExecutionInterceptor> interceptors) {

    public ClientOptions {
        interceptors = List.copyOf(interceptors);
    }

    /** Adaptive retry, unless the system property {@code dbm.sdk.retries=false} turns it off (tests, scripts). */
    public static ClientOptions forApp() {
        boolean retries = !"false".equalsIgnoreCase(System.getProperty("dbm.sdk.retries"));
        return new ClientOptions(Duration.ofSeconds(60), Duration.ofSeconds(15), retries, List.of());
    }

    /** No retries and short timeouts: a test sees a failure as it happens. */
    public static ClientOptions forTests(ExecutionInterceptor... recorders) {
        return new ClientOptions(Duration.ofSeconds(20), Duration.ofSeconds(10), false, List.of(recorders));
    }

    /** The same options with {@code more} interceptors added (tests count HTTP attempts). */
    public ClientOptions withInterceptors(ExecutionInterceptor... more) {
        List<ExecutionInterceptor> all = new java.util.ArrayList<>(interceptors);
        all.addAll(List.of(more));
        return new ClientOptions(apiCallTimeout, apiCallAttemptTimeout, retries, all);
    }

    public ClientOptions withTimeouts(Duration call, Duration attempt) {
        return new ClientOptions(call, attempt, retries, interceptors);
    }
}
