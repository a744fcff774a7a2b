package com.csracademy.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded store, used only when no {@code spring.mongodb.uri} is configured.
 *
 * @param path         the MVStore file; its folder is created on first start
 * @param inMemory     keep everything in memory (tests); nothing is written to disk
 * @param autoCommitMs how often the file store commits (ms); a hard kill loses the writes of about the last interval (see CrashRestartTest)
 * @param compress     compress the file's pages (LZF): a smaller file for some CPU on every commit (docs/performance.md)
 * @param cacheMb      the MVStore page cache in MB (on the Java heap); every page the store writes passes through it:
 *                     with 16 MB the bulk-save benchmark made more full collections and took more CPU per request
 *                     (docs/performance.md, thirteenth round)
 * @param autoCompactFillRate below this share of live data (percent) the file store's background writer
 *                     rewrites a chunk's live pages to reclaim its space: lower keeps a larger file for less
 *                     background reading and rewriting (docs/performance.md, sixth round); 0 turns it off
 */
@ConfigurationProperties("academy.store.embedded")
public record StoreProperties(
        @DefaultValue("data/academy.mv") Path path,
        @DefaultValue("false") boolean inMemory,
        @DefaultValue("500") int autoCommitMs,
        @DefaultValue("true") boolean compress,
        @DefaultValue("4") int cacheMb,
        @DefaultValue("90") int autoCompactFillRate) {
}
