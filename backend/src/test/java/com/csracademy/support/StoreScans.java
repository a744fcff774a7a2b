package com.csracademy.support;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * The whole-collection reads of the embedded store while some work runs: its scan log (DEBUG of
 * {@code com.csracademy.store.EmbeddedBackends}, one line {@code scan <collection> [<fields>]} per query no index
 * serves; an aggregation reads the whole collection and logs {@code []}), switched on for the work only.
 */
public final class StoreScans {

    private static final String LOGGER = "com.csracademy.store.EmbeddedBackends";

    private StoreScans() {
    }

    public static List<String> during(Runnable work) {
        Logger logger = (Logger) LoggerFactory.getLogger(LOGGER);
        ListAppender<ILoggingEvent> scans = new ListAppender<>();
        scans.start();
        Level level = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logger.addAppender(scans);
        try {
            work.run();
        } finally {
            logger.detachAppender(scans);
            logger.setLevel(level);
        }
        return scans.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
