package com.csracademy.store;

/**
 * Which store the application talks to, for the health endpoint and the logs.
 *
 * @param kind     {@code embedded} or {@code mongodb}
 * @param location the file of the embedded store, or the hosts of the real server (never credentials)
 */
public record StoreDescription(String kind, String location) {
}
