package com.csracademy.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The backup command line ({@code academy.backup}): set one of the two paths and the app exports or restores
 * the whole store at start, then stops instead of serving.
 *
 * @param export  a folder to write every collection to, as {@code <collection>.jsonl.gz} plus {@code manifest.json}
 * @param restore a folder written by an export, read into the store, which must be empty
 * @param exit    stop the app when done (the command line); tests switch it off and stop the app themselves
 */
@ConfigurationProperties("academy.backup")
public record BackupProperties(Path export, Path restore, @DefaultValue("true") boolean exit) {
}
