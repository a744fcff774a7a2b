package com.csracademy.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;

/** The lock provider behind {@link SchedulerLocks}: a small synchronous client on the same store. */
@Configuration(proxyBeanMethods = false)
class SchedulerLockConfiguration {

    @Bean(destroyMethod = "close")
    MongoClient schedulerLockMongoClient(MongoConnectionDetails connection) {
        return MongoClients.create(connection.getConnectionString());
    }

    @Bean
    SchedulerLocks schedulerLocks(MongoClient schedulerLockMongoClient, MongoProperties mongo) {
        return new SchedulerLocks(new MongoLockProvider(
                schedulerLockMongoClient.getDatabase(mongo.getMongoClientDatabase())));
    }
}
