package org.deepfreq.io;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The application's logging set-up, in code rather than logback.xml: parsing an XML configuration loads a few hundred
 * classes of logback's configuration framework and the JDK's XML parser, a noticeable part of a command's start-up.
 * Logs go to stderr (stdout carries data for the CLI); {@code org.deepfreq} logs at {@code -Ddeepfreq.log.level}
 * (default WARN), Hazelcast at {@code -Ddeepfreq.hazelcast.log.level} (default OFF: sweeps print one line per cluster
 * event themselves), everything else at WARN. A file named by {@code -Dlogback.configurationFile} takes precedence.
 * Registered through {@code META-INF/services}.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogbackConfigurator extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("org.deepfreq").setLevel(level("deepfreq.log.level", Level.WARN));
        context.getLogger("com.hazelcast").setLevel(level("deepfreq.hazelcast.log.level", Level.OFF));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static Level level(String property, Level fallback) {
        return Level.toLevel(System.getProperty(property), fallback);
    }
}
