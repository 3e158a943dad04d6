package dev.dynamobackup.aws;

import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The host (and port) a failed connection was for, read from the exceptions of the HTTP client. */
final class UnreachableHost {
    /** Apache HttpClient: "Connect to host:port [/1.2.3.4] failed: ..." (HttpHostConnectException, timeouts). */
    private static final Pattern CONNECT_TO = Pattern.compile("Connect to ([^\\s\\[]+)");

    private UnreachableHost() {
    }

    static Optional<String> of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException && t.getMessage() != null) {
                // "dynamodb.xx.amazonaws.com: Name or service not known" on Linux, the bare name elsewhere
                return Optional.of(t.getMessage().split(":")[0].trim());
            }
            Matcher m = CONNECT_TO.matcher(String.valueOf(t.getMessage()));
            if (m.find()) return Optional.of(m.group(1));
        }
        return Optional.empty();
    }
}
