package dev.dynamobackup.testing;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Answers the named DynamoDB operations as IAM does for a user without the permission: 400
 * AccessDeniedException naming the action (moto does no IAM). The request reached moto; its reply is replaced.
 */
public final class AccessDeniedInjector implements ExecutionInterceptor {
    private final Set<String> operations;

    public AccessDeniedInjector(String... operations) {
        this.operations = Set.of(operations);
    }

    private boolean denied(ExecutionAttributes attributes) {
        return "DynamoDb".equalsIgnoreCase(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME))
                && operations.contains(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        if (!denied(attributes)) return context.httpResponse();
        return context.httpResponse().toBuilder().statusCode(400).statusText("Bad Request").build();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        if (!denied(attributes)) return context.responseBody();
        String action = "dynamodb:" + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        String body = "{\"__type\":\"com.amazon.coral.service#AccessDeniedException\",\"message\":\"User: "
                + "arn:aws:iam::123456789012:user/dev is not authorized to perform: " + action
                + " on resource: arn:aws:dynamodb:us-east-1:123456789012:table/*\"}";
        return Optional.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
