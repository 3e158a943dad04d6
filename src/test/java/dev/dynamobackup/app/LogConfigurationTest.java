package dev.dynamobackup.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogConfigurationTest {
    @TempDir Path dir;

    @Test
    void writesAppLogInTheLogFolderWithSecretsMaskedAndTheSdkAtWarn() throws Exception {
        String before = System.getProperty("dbm.logDir");
        System.setProperty("dbm.logDir", dir.toString());
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as logback's service provider does
        try {
            LogConfiguration configuration = new LogConfiguration();
            configuration.setContext(context);
            configuration.configure(context);
            context.getLogger("dev.dynamobackup.test").info("signed with Authorization=AWS4-HMAC-SHA256abc, aws_secret_access_key: wJalrXUtn");
            context.getLogger("software.amazon.awssdk.request").info("an SDK detail below WARN");
            assertEquals(Level.WARN, context.getLogger("software.amazon.awssdk").getLevel());
        } finally {
            context.stop();
            if (before == null) System.clearProperty("dbm.logDir");
            else System.setProperty("dbm.logDir", before);
        }
        String log = Files.readString(dir.resolve("app.log"));
        assertTrue(log.contains("signed with Authorization=***"), log);
        assertTrue(log.contains("aws_secret_access_key=***"), log);
        assertFalse(log.contains("wJalrXUtn") || log.contains("HMAC"), log);
        assertFalse(log.contains("an SDK detail"), log);
    }
}
