package dev.dynamobackup.testing;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns every {@code every}-th reply of the named operations into the 400
 * ProvisionedThroughputExceededException a real table sends when it is throttled (moto never
 * throttles). The request did reach the server; the client must ask again.
 */
public final class ThrottleInjector implements ExecutionInterceptor {
    private static final String BODY = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
            + "\"message\":\"The level of configured provisioned throughput for the table was exceeded.\"}";
    /** Whether this call's reply is to be replaced, decided once per attempt before it is sent. */
    private static final ExecutionAttribute<Boolean> DECISION = new ExecutionAttribute<>("throttle-injector");
    private final Set<String> operations;
    private final int every;
    private final AtomicInteger seen = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();

    public ThrottleInjector(int every, String... operations) {
        this.every = every;
        this.operations = Set.of(operations);
    }

    public int throttled() {
        return throttled.get();
    }

    private boolean throttle(ExecutionAttributes attributes) {
        return operations.contains(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))
                && attributes.getAttribute(DECISION) == Boolean.TRUE;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        boolean hit = operations.contains(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))
                && seen.incrementAndGet() % every == 0;
        attributes.putAttribute(DECISION, hit);
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        if (!throttle(attributes)) return context.httpResponse();
        throttled.incrementAndGet();
        return context.httpResponse().toBuilder().statusCode(400).statusText("Bad Request").build();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        if (!throttle(attributes)) return context.responseBody();
        return Optional.of(new ByteArrayInputStream(BODY.getBytes(StandardCharsets.UTF_8)));
    }
}
