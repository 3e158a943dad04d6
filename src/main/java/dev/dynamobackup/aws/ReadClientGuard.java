package dev.dynamobackup.aws;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * On the read client (which resends on timeouts and 5xx): refuses, before anything is sent, an
 * operation that must go through the write client. A programming error, caught by the first test.
 */
final class ReadClientGuard implements ExecutionInterceptor {
    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (WriteOperations.NOT_IDEMPOTENT.contains(operation)) {
            throw new IllegalStateException(operation + " was sent through the read client, which retries blindly: "
                    + "use AwsClients.dynamoDbWrites");
        }
    }
}
