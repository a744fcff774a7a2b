package com.csracademy.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.http.HttpDsl.http;

/** Settings shared by the simulations and the data generator, all system properties with defaults. */
final class Bench {

    /** The app under test. Only the loopback interface is allowed: this harness never loads anything else. */
    static final String BASE_URL = loopbackOnly(System.getProperty("bench.baseUrl", "http://127.0.0.1:18080"));

    /** Where {@link DataGenerator} writes the feeders ({@code <set>.csv}: personId,token). */
    static final Path DATA_DIR = Path.of(System.getProperty("bench.dataDir", "target/bench-data")).toAbsolutePath();

    private Bench() {
    }

    static int intProp(String name, int defaultValue) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(defaultValue)));
    }

    static Duration seconds(String name, int defaultValue) {
        return Duration.ofSeconds(intProp(name, defaultValue));
    }

    /** The feeder file of a data set, e.g. {@code exam} → {@code <dataDir>/exam.csv}. */
    static String feeder(String set) {
        return DATA_DIR.resolve(set + ".csv").toString();
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE_URL)
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .header("Authorization", "Bearer #{token}")
                .userAgentHeader("csr-academy-bench");
    }

    static String loopbackOnly(String url) {
        String host = URI.create(url).getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalArgumentException("bench.baseUrl must point at 127.0.0.1, not " + url);
        }
        return url;
    }
}
