package com.csracademy.store;

import com.mongodb.ConnectionString;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Describes a real MongoDB configured through {@code spring.mongodb.uri}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mongodb.uri:}' != ''")
class ExternalMongoConfiguration {

    @Bean
    StoreDescription storeDescription(Environment environment) {
        ConnectionString uri = new ConnectionString(environment.getRequiredProperty("spring.mongodb.uri"));
        return new StoreDescription("mongodb", String.join(",", uri.getHosts()));
    }
}
