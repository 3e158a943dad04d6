package dev.dynamobackup.aws;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.Set;

/**
 * On the read client (which resends on timeouts and 5xx): refuses, before anything is sent, an
 * operation that must go through the write client. A programming error, caught by the first test.
 */
final class ReadClientGuard implements ExecutionInterceptor {
    private final Set<String> writes;
    private final String writeClient;

    private ReadClientGuard(Set<String> writes, String writeClient) {
        this.writes = writes;
        this.writeClient = writeClient;
    }

    static ReadClientGuard dynamoDb() {
        return new ReadClientGuard(WriteOperations.NOT_IDEMPOTENT, "AwsClients.dynamoDbWrites");
    }

    static ReadClientGuard backup() {
        return new ReadClientGuard(WriteOperations.BACKUP_NOT_IDEMPOTENT, "AwsClients.backupWrites");
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (writes.contains(operation)) {
            throw new IllegalStateException(operation + " was sent through the read client, which retries blindly: "
                    + "use " + writeClient);
        }
    }
}
