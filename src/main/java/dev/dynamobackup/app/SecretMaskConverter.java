package dev.dynamobackup.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code %mask(...)} in the log pattern ({@link LogConfigurator}): masks anything shaped like a credential in what it wraps (the
 * message and the stack trace, whose exception messages may quote a request or a profile file).
 * Errs on the side of masking: a log is read by whoever the user sends it to.
 */
public final class SecretMaskConverter extends CompositeConverter<ILoggingEvent> {
    private static final String LABELS = "aws_access_key_id|aws_secret_access_key|aws_session_token|aws_security_token"
            + "|access_?key_?id|secret_?access_?key|session_?token|security_?token|access_?token|refresh_?token|id_?token"
            + "|client_?secret|x-amz-security-token|x-amz-signature|x-amz-credential|signature|credential|authorization"
            + "|password|passwd|secret|token";

    private record Rule(Pattern pattern, String replacement) {
    }

    private static final List<Rule> RULES = List.of(
            // key=value, key: value, "key": "value", key="value" (the value up to a separator or its closing quote)
            new Rule(Pattern.compile("(?i)([\"']?)\\b(" + LABELS + ")\\1(\\s*[=:]\\s*)(?:\"[^\"]*\"|'[^']*'|[^\\s,;&\"'}\\])]+)"),
                    "$1$2$1$3***"),
            // user info in a URL: scheme://user:pass@host
            new Rule(Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)(?:[^\\s@\"'<>/:]+:[^\\s@\"'<>]+|[^\\s@\"'<>/]+)@"), "$1***@"),
            // access key ids (long-term AKIA, temporary ASIA) and other IAM unique ids
            new Rule(Pattern.compile("\\b(AKIA|ASIA|ABIA|ACCA|AIDA|AROA)[A-Z0-9]{16}\\b"), "$1***"),
            // a secret access key on its own: 40 characters of base64 with upper, lower and digit or symbol
            // (not after ':' or '/', so ARN paths stay readable)
            new Rule(Pattern.compile("(?<![A-Za-z0-9/+=:._-])(?=[A-Za-z0-9/+]{0,39}[a-z])(?=[A-Za-z0-9/+]{0,39}[A-Z])"
                    + "(?=[A-Za-z0-9/+]{0,39}[0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=_-])"), "***"),
            // session and SSO tokens on their own: long runs of base64 / base64url
            new Rule(Pattern.compile("(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{80,}={0,2}"), "***"));

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return mask(in);
    }

    static String mask(String text) {
        String out = text;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(out);
            if (m.find()) out = m.replaceAll(rule.replacement());
        }
        return out;
    }
}
