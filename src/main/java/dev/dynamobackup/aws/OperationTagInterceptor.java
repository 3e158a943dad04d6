package dev.dynamobackup.aws;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.Locale;

/** Tags a failed call's exception with its IAM action (service prefix + operation name). */
final class OperationTagInterceptor implements ExecutionInterceptor {

    @Override
    public Throwable modifyException(Context.FailedExecution context, ExecutionAttributes attributes) {
        Throwable error = context.exception();
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (service != null && operation != null && FailedOperation.iamActionOf(error) == null) {
            error.addSuppressed(new FailedOperation(iamPrefix(service) + ":" + operation));
        }
        return error;
    }

    static String iamPrefix(String sdkServiceName) {
        return sdkServiceName.toLowerCase(Locale.ROOT).replace(" ", "");
    }
}
