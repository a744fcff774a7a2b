package com.csracademy.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Exports every collection of a database as gzipped JSON lines (MongoDB Extended JSON, so dates, 64-bit numbers,
 * decimals and ids keep their types) and restores such an export into an empty database.
 */
final class StoreBackup {

    static final String SUFFIX = ".jsonl.gz";
    static final String MANIFEST = "manifest.json";
    private static final int BATCH = 1000;
    private static final JsonWriterSettings EXTENDED = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    private StoreBackup() {
    }

    /** Writes one file per collection and a manifest; answers the document count per collection. */
    static Map<String, Long> export(MongoDatabase database, Path folder) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            Files.createDirectories(folder);
            try (var existing = Files.list(folder)) {
                if (existing.findAny().isPresent()) {
                    throw new IllegalStateException("The backup folder " + folder + " is not empty; export into a new folder");
                }
            }
            for (String name : new TreeSet<>(database.listCollectionNames().into(new ArrayList<>()))) {
                if (name.startsWith("system.")) {
                    continue;
                }
                long count = 0;
                Path file = folder.resolve(name + SUFFIX);
                try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                        new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8));
                     MongoCursor<Document> documents = database.getCollection(name).find().iterator()) {
                    while (documents.hasNext()) {
                        out.write(documents.next().toJson(EXTENDED));
                        out.write('\n');
                        count++;
                    }
                }
                counts.put(name, count);
            }
            Document manifest = new Document("format", "csr-academy-backup/1")
                    .append("database", database.getName())
                    .append("exportedAt", Instant.now().toString())
                    .append("collections", new Document(new LinkedHashMap<>(counts)));
            Files.writeString(folder.resolve(MANIFEST), manifest.toJson(JsonWriterSettings.builder().indent(true).build()));
        } catch (IOException e) {
            throw new UncheckedIOException("Export to " + folder + " failed", e);
        }
        return counts;
    }

    /**
     * Reads every {@code <collection>.jsonl.gz} of the folder into the database. Refuses a database that holds
     * any document: a restore is into an empty store only, never a merge.
     */
    static Map<String, Long> restore(MongoDatabase database, Path folder) {
        if (!Files.isRegularFile(folder.resolve(MANIFEST))) {
            throw new IllegalStateException(folder + " is not a CSR Academy export: it has no " + MANIFEST);
        }
        List<String> filled = new ArrayList<>();
        for (String name : database.listCollectionNames()) {
            if (!name.startsWith("system.") && database.getCollection(name).countDocuments() > 0) {
                filled.add(name);
            }
        }
        if (!filled.isEmpty()) {
            throw new IllegalStateException("Refusing to restore into a store that is not empty (documents in "
                    + String.join(", ", new TreeSet<>(filled)) + "); restore into a new, empty store");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                String name = file.getFileName().toString();
                name = name.substring(0, name.length() - SUFFIX.length());
                MongoCollection<Document> collection = database.getCollection(name);
                long count = 0;
                List<Document> batch = new ArrayList<>(BATCH);
                try (BufferedReader in = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.isBlank()) {
                            continue;
                        }
                        batch.add(Document.parse(line));
                        if (batch.size() == BATCH) {
                            collection.insertMany(batch);
                            count += batch.size();
                            batch.clear();
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    collection.insertMany(batch);
                    count += batch.size();
                }
                if (count == 0) {
                    database.createCollection(name);
                }
                counts.put(name, count);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Restore from " + folder + " failed", e);
        }
        return counts;
    }
}
