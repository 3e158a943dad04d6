package dev.dynamobackup.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.Logger;

import java.nio.file.Path;
import java.util.List;

/**
 * The logging configuration of the app and of {@code dbm}, in code (logback finds it through
 * META-INF/services): the same file, rolling and pattern an XML file would give, without logback's
 * XML configurator (~270 logback and ~150 java.xml classes at every start). One log file in
 * {@code dbm.logDir} (set by {@link LogSetup} and the CLI), five old ones kept. {@code %mask}
 * ({@link SecretMaskConverter}) hides anything shaped like a key, token or password, in stack traces too;
 * the SDK, DynamoDB Local (log4j-api through log4j-to-slf4j) and Jetty log at WARN.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    /** Never credentials: the message and the stack trace both go through %mask. */
    static final String PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36} - %mask(%msg%n%ex)";
    private static final List<String> QUIET = List.of("software.amazon.awssdk", "org.apache.http", "com.amazonaws",
            "org.eclipse.jetty");

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        String dir = System.getProperty("dbm.logDir");
        configure(context, dir != null ? Path.of(dir) : Path.of(System.getProperty("java.io.tmpdir"), "dynamo-backup-manager-logs"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets {@code context} up to write {@code dir/app.log}. */
    static void configure(LoggerContext context, Path dir) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir.resolve("app.log").toString());

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir.resolve("app.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(5);
        rolling.start();
        file.setRollingPolicy(rolling);

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();
        file.setTriggeringPolicy(trigger);

        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("mask", SecretMaskConverter::new);
        layout.setPattern(PATTERN);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        file.setEncoder(encoder);
        file.start();

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        for (String name : QUIET) context.getLogger(name).setLevel(Level.WARN);
    }
}
