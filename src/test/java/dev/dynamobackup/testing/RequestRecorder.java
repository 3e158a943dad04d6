package dev.dynamobackup.testing;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every request the app's SDK clients send. Where moto ignores a parameter (restore overrides,
 * time filters), a test asserts on what the app sent, not only on what moto did.
 */
public final class RequestRecorder implements ExecutionInterceptor {
    private final List<SdkRequest> requests = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        requests.add(context.request());
    }

    public List<SdkRequest> all() {
        return List.copyOf(requests);
    }

    public <T extends SdkRequest> List<T> of(Class<T> type) {
        return requests.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public int count() {
        return requests.size();
    }

    public void clear() {
        requests.clear();
    }
}
