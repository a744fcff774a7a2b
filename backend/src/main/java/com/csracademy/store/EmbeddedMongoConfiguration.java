package com.csracademy.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an in-process MongoDB wire-protocol server when no {@code spring.mongodb.uri} is set, so a
 * first run needs neither a network nor an installed database (see docs/adr/0001-embedded-store.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mongodb.uri:}' == ''")
class EmbeddedMongoConfiguration {

    /** How long closing may spend compacting the file, so it does not grow without bound. */
    private static final int COMPACT_ON_CLOSE_MS = 2_000;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean
    EmbeddedStore embeddedStore(StoreProperties properties) {
        return EmbeddedStore.start(properties);
    }

    @Bean
    @ConditionalOnMissingBean(MongoConnectionDetails.class)
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedStore store) {
        ConnectionString connectionString = new ConnectionString(store.connectionString());
        return () -> connectionString;
    }

    @Bean
    StoreDescription storeDescription(EmbeddedStore store) {
        return new StoreDescription("embedded", store.location());
    }

    /** The running embedded server; closing it flushes and closes the file store. */
    static final class EmbeddedStore implements AutoCloseable {
        private final MongoServer server;
        private final MongoBackend backend;
        private final String location;
        private final String connectionString;

        private EmbeddedStore(MongoServer server, MongoBackend backend, String location) {
            this.server = server;
            this.backend = backend;
            this.location = location;
            server.bind("127.0.0.1", 0);
            this.connectionString = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort()
                    + "/?directConnection=true";
        }

        static EmbeddedStore start(StoreProperties properties) {
            if (properties.inMemory()) {
                MongoBackend backend = EmbeddedBackends.memory();
                log.info("Embedded store: in memory (nothing is persisted)");
                return new EmbeddedStore(new MongoServer(backend), backend, "memory");
            }
            Path file = properties.path().toAbsolutePath();
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data folder " + file.getParent(), e);
            }
            MVStore.Builder builder = new MVStore.Builder().fileName(file.toString()).cacheSize(properties.cacheMb())
                    .autoCompactFillRate(properties.autoCompactFillRate());
            MVStore mvStore = (properties.compress() ? builder.compress() : builder).open();
            mvStore.setAutoCommitDelay(properties.autoCommitMs());
            H2Backend backend = EmbeddedBackends.h2(mvStore);
            log.info("Embedded store: file {}", file);
            return new EmbeddedStore(new MongoServer(backend), backend, file.toString());
        }

        String connectionString() {
            return connectionString;
        }

        String location() {
            return location;
        }

        @Override
        public void close() {
            server.shutdown();
            if (backend instanceof H2Backend h2) {
                h2.commit();
                h2.getMvStore().close(COMPACT_ON_CLOSE_MS);
                h2.close();
                log.info("Embedded store flushed and closed: {}", location);
            }
        }
    }
}
