package com.csracademy.store;

import java.util.Map;

import com.mongodb.client.MongoClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar csr-academy.jar --academy.backup.export=<folder>} or {@code --academy.backup.restore=<folder>}:
 * runs before the start-up tasks (which fill a new store with content and demo people), so a restore still finds
 * the store empty, then stops the app. See docs/operations.md.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackupRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BackupRunner.class);

    private final BackupProperties properties;
    private final MongoClient client;
    private final MongoProperties mongo;
    private final ConfigurableApplicationContext context;

    BackupRunner(BackupProperties properties, MongoClient schedulerLockMongoClient, MongoProperties mongo,
                 ConfigurableApplicationContext context) {
        this.properties = properties;
        this.client = schedulerLockMongoClient;
        this.mongo = mongo;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.export() == null && properties.restore() == null) {
            return;
        }
        if (properties.export() != null && properties.restore() != null) {
            throw new IllegalStateException("Set academy.backup.export or academy.backup.restore, not both");
        }
        var database = client.getDatabase(mongo.getMongoClientDatabase());
        if (properties.export() != null) {
            Map<String, Long> counts = StoreBackup.export(database, properties.export().toAbsolutePath());
            log.info("Exported {} collections, {} documents to {}", counts.size(),
                    counts.values().stream().mapToLong(Long::longValue).sum(), properties.export().toAbsolutePath());
        } else {
            Map<String, Long> counts = StoreBackup.restore(database, properties.restore().toAbsolutePath());
            log.info("Restored {} collections, {} documents from {}", counts.size(),
                    counts.values().stream().mapToLong(Long::longValue).sum(), properties.restore().toAbsolutePath());
        }
        if (properties.exit()) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
