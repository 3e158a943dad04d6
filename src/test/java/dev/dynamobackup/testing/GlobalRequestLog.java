package dev.dynamobackup.testing;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every request any SDK client in the test JVM starts, the app's own clients included where a test cannot
 * hand them a {@link RequestRecorder} (the CLI builds its clients itself) and the SSO/STS clients the
 * credential providers make. The SDK loads it as a global interceptor, named in
 * {@code software/amazon/awssdk/global/handlers/execution.interceptors} on the test classpath.
 */
public final class GlobalRequestLog implements ExecutionInterceptor {
    private static final List<SdkRequest> REQUESTS = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        REQUESTS.add(context.request());
    }

    public static List<SdkRequest> all() {
        return List.copyOf(REQUESTS);
    }

    public static void clear() {
        REQUESTS.clear();
    }
}
