package dev.dynamobackup.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every secret shape the app could log goes through the app's own logging configuration
 * ({@link LogConfigurator}, set up in a context of its own that writes to a temporary folder), and none
 * survives in the written file; and logback finds that configuration by itself.
 */
class LogMaskingTest {
    // the shapes, built so that no whole secret appears in this file as one literal either
    static final String ACCESS_KEY = "AKIA" + "IOSFODNN7EXAMPLE";
    static final String TEMP_ACCESS_KEY = "ASIA" + "Q3EGRNT4WXYZ7ABC";
    static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY";
    static final String SESSION_TOKEN = "IQoJb3JpZ2luX2VjEHAaCXVzLWVhc3QtMSJHMEUCIQDxyz" + "0123456789abcdefghij/klmnopqrstuvwxyzABCDEFGHIJKL+MNOP==";
    static final String SSO_ACCESS_TOKEN = "aoaAAAAAGZxyzTokenValue1234567890abcdefABCDEF" + "ghijklmnopqrstuvwxyz0123456789-_abcdefXYZ";
    static final String SSO_REFRESH_TOKEN = "Atzr|IwEBIA" + "refreshvalue9876";
    static final String CLIENT_SECRET = "eyJraWQiOiJrZXktMTU2" + "NDAyODA5OSIsImFsZyI6";
    static final String PASSWORD = "hunter2" + "Pass";
    static final String SIGNATURE = "fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024";

    static final List<String> SECRETS = List.of(ACCESS_KEY, TEMP_ACCESS_KEY, SECRET_KEY, SESSION_TOKEN,
            SSO_ACCESS_TOKEN, SSO_REFRESH_TOKEN, CLIENT_SECRET, PASSWORD, SIGNATURE,
            // the distinctive parts, so that half a secret does not pass either
            "IOSFODNN7EXAMPLE", "Q3EGRNT4WXYZ7ABC", "bPxRfiCYEXAMPLEKEY", "refreshvalue9876", "NDAyODA5OSIsImFsZyI6");

    @TempDir static Path logDir;
    static String written;

    @BeforeAll
    static void logEveryShapeThroughTheShippedConfiguration() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        LogConfigurator.configure(context, logDir);
        Logger log = context.getLogger("dev.dynamobackup.aws.AwsClients");

        log.info("credentials aws_access_key_id={} aws_secret_access_key={} aws_session_token={}", ACCESS_KEY, SECRET_KEY, SESSION_TOKEN);
        log.info("profile file line: aws_secret_access_key = {}", SECRET_KEY);
        log.info("resolved AwsSessionCredentials(accessKeyId={}, secretAccessKey={}, sessionToken={})", TEMP_ACCESS_KEY, SECRET_KEY, SESSION_TOKEN);
        log.info("bare key {} and bare secret {} and bare token {}", ACCESS_KEY, SECRET_KEY, SESSION_TOKEN);
        log.info("SSO cache {\"accessToken\": \"" + SSO_ACCESS_TOKEN + "\", \"refreshToken\": \"" + SSO_REFRESH_TOKEN
                + "\", \"clientSecret\": \"" + CLIENT_SECRET + "\", \"expiresAt\": \"2026-01-01T00:00:00Z\"}");
        log.info("{\"aws_secret_access_key\": \"" + SECRET_KEY + "\", \"SessionToken\":\"" + SESSION_TOKEN + "\"}");
        log.info("client_secret='{}' refresh_token={}", CLIENT_SECRET, SSO_REFRESH_TOKEN);
        log.warn("endpoint http://admin:{}@localhost:8000 and https://{}:{}@example.com/x", PASSWORD, ACCESS_KEY, SECRET_KEY);
        log.warn("request headers X-Amz-Security-Token: {} Authorization: AWS4-HMAC-SHA256 Credential={}/20260101/us-east-1/dynamodb/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature={}", SESSION_TOKEN, ACCESS_KEY, SIGNATURE);
        log.warn("presigned https://example.com/?X-Amz-Credential={}%2F20260101&X-Amz-Signature={}&X-Amz-Security-Token={}",
                ACCESS_KEY, SIGNATURE, SESSION_TOKEN);
        Exception cause = new IllegalStateException("bad profile: aws_secret_access_key=" + SECRET_KEY + " token " + SSO_ACCESS_TOKEN);
        log.error("connecting failed for " + ACCESS_KEY, new RuntimeException(
                "endpoint https://user:" + PASSWORD + "@dynamodb.local rejected " + ACCESS_KEY + " with " + SECRET_KEY, cause));
        log.error("plain failure", new IllegalArgumentException("{\"accessToken\":\"" + SSO_ACCESS_TOKEN + "\",\"clientSecret\":\"" + CLIENT_SECRET + "\"}"));
        log.info("nothing hidden here: table Orders, backup arn:aws:dynamodb:us-east-1:123456789012:table/OrdersArchive1/backup/01700000000000-a1b2c3d4");
        context.stop();
        written = Files.readString(logDir.resolve("app.log"));
    }

    @Test
    void noSecretSurvivesInTheWrittenFile() {
        assertEquals(13, written.lines().filter(l -> l.contains(" - ")).count(), "every line was written:\n" + written);
        for (String secret : SECRETS) assertFalse(written.contains(secret), secret + " is in the log:\n" + written);
    }

    @Test
    void stackTracesAreWrittenOnceAndMasked() {
        assertTrue(written.contains("java.lang.RuntimeException: endpoint https://***@dynamodb.local"), written);
        assertTrue(written.contains("Caused by: java.lang.IllegalStateException: bad profile: aws_secret_access_key=***"), written);
        assertTrue(written.contains("at dev.dynamobackup.app.LogMaskingTest"), "the frames are kept: " + written);
        assertEquals(1, written.split("Caused by: java.lang.IllegalStateException", -1).length - 1, "one stack trace, not a second unmasked copy");
    }

    @Test
    void whatIsNotSecretStaysReadable() {
        assertTrue(written.contains("arn:aws:dynamodb:us-east-1:123456789012:table/OrdersArchive1/backup/01700000000000-a1b2c3d4"), written);
        assertTrue(written.contains("bare key AKIA*** and"), "the kind of key is still visible: " + written);
        assertTrue(written.contains("\"expiresAt\": \"2026-01-01T00:00:00Z\""), written);
    }

    @Test
    void logbackUsesTheAppsConfigurationWithTheMask() {
        assertTrue(ServiceLoader.load(Configurator.class).stream().anyMatch(p -> p.type() == LogConfigurator.class),
                "META-INF/services names the configurator");
        // the process's own logback context: configured by LogConfigurator (there is no logback.xml)
        LoggerContext live = (LoggerContext) LoggerFactory.getILoggerFactory();
        var appender = live.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE");
        assertTrue(appender instanceof RollingFileAppender<ILoggingEvent>, "root logs to the rolling file: " + appender);
        var encoder = (LayoutWrappingEncoder<ILoggingEvent>) ((RollingFileAppender<ILoggingEvent>) appender).getEncoder();
        assertEquals(LogConfigurator.PATTERN, ((PatternLayout) encoder.getLayout()).getPattern());
        assertTrue(LogConfigurator.PATTERN.contains("%mask(%msg%n%ex)"), LogConfigurator.PATTERN);
        assertEquals(ch.qos.logback.classic.Level.WARN, live.getLogger("software.amazon.awssdk").getLevel());
        assertEquals(null, LogMaskingTest.class.getResource("/logback.xml"), "no XML configuration beside it");
    }
}
