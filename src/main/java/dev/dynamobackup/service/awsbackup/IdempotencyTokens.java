package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.aws.WriteRetryPolicy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The idempotency token (IdempotencyToken, CreatorRequestId) of an AWS Backup write, kept while the
 * outcome of a request is open: the SDK already resends one call with its token, and this makes a
 * caller-level resend of the same request (Retry in the GUI, the bulk queue) carry that token too, so
 * AWS Backup answers with the first call's job or resource instead of starting a second. A success or
 * a plain refusal forgets the token: the next identical request is a new one.
 */
final class IdempotencyTokens {
    private final Map<List<Object>, String> open = new ConcurrentHashMap<>();

    /** {@code request}: every value the call sends except the token (nulls allowed). */
    <T> T send(List<Object> request, Function<String, T> call) {
        String token = open.computeIfAbsent(request, k -> UUID.randomUUID().toString());
        try {
            T result = call.apply(token);
            open.remove(request, token);
            return result;
        } catch (RuntimeException failure) {
            if (!WriteRetryPolicy.outcomeUnknown(failure)) open.remove(request, token);
            throw failure;
        }
    }
}
