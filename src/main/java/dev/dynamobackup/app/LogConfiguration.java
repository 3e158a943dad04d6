package dev.dynamobackup.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

import java.nio.file.Path;

/**
 * The logging set-up of the GUI and of dbm, in code (found by logback through META-INF/services): a
 * logback.xml costs every start ~300 classes of XML parsing (java.xml, Joran) before the first line is
 * logged. {@code app.log} in {@code dbm.logDir} (set by {@link LogSetup} and the CLI before the first
 * logger), 5 files of 5 MB; the SDK, HTTP and DynamoDB Local libraries at WARN; and the pattern masks
 * anything shaped like a key, token or signature: never credentials in the log.
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36} - %replace(%msg){'(?i)(aws_secret_access_key"
            + "|aws_session_token|secretAccessKey|sessionToken|X-Amz-Security-Token|X-Amz-Signature|Authorization|Credential)"
            + "\\s*[=:]\\s*[^\\s,;]+', '$1=***'}%n%ex";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        String dir = System.getProperty("dbm.logDir",
                Path.of(System.getProperty("java.io.tmpdir"), "dynamo-backup-manager-logs").toString());
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(Path.of(dir, "app.log").toString());

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(Path.of(dir, "app.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(5);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder);
        file.start();

        for (String noisy : new String[]{"software.amazon.awssdk", "org.apache.http", "com.amazonaws", "org.eclipse.jetty"}) {
            context.getLogger(noisy).setLevel(Level.WARN);
        }
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
