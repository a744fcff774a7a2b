package com.csracademy.program;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.csracademy.content.ContentException;
import com.csracademy.content.ContentFiles;
import com.csracademy.content.ContentFiles.ContentFile;
import com.csracademy.content.ContentVersions;
import com.csracademy.shared.StartupTask;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The program definitions, read and validated from {@code content/program/*.yaml} when the application
 * starts (a bad file stops the start), kept in memory, and recorded in the store with their content
 * version.
 */
@Service
public class Programs implements StartupTask {

    private static final String CONTENT_KEY = "program";

    private final ContentFiles files;
    private final ContentVersions versions;
    private final ReactiveMongoTemplate mongo;
    private final String activeId;
    private final AtomicReference<Loaded> loaded = new AtomicReference<>();

    Programs(ContentFiles files, ContentVersions versions, ReactiveMongoTemplate mongo, ProgramProperties properties) {
        this.files = files;
        this.versions = versions;
        this.mongo = mongo;
        this.activeId = properties.active();
        this.loaded.set(read());
    }

    /** The program trainees follow. */
    public ProgramDefinition active() {
        return loaded.get().active();
    }

    public List<ProgramDefinition> all() {
        return List.copyOf(loaded.get().programs().values());
    }

    /** Re-reads the files (admin re-import); a bad file leaves the loaded program unchanged. */
    public Mono<Boolean> reload() {
        return Mono.fromCallable(this::read)
                .flatMap(fresh -> store(fresh).doOnSuccess(changed -> loaded.set(fresh)));
    }

    @Override
    public String name() {
        return "program";
    }

    @Override
    public int order() {
        return -10;
    }

    @Override
    public Mono<Void> run() {
        return store(loaded.get()).then();
    }

    private Mono<Boolean> store(Loaded programs) {
        return versions.loadIfChanged(CONTENT_KEY, programs.hash(), Flux.fromIterable(programs.programs().values())
                .concatMap(p -> mongo.save(new StoredProgram(p.id() + "@" + p.version(), p)))
                .then());
    }

    private Loaded read() {
        List<ContentFile> found = files.list("program/*.yaml");
        if (found.isEmpty()) {
            throw new ContentException("No program definition found under content/program/");
        }
        Map<String, ProgramDefinition> programs = new LinkedHashMap<>();
        for (ContentFile file : found) {
            ProgramDefinition program = files.bind(file, ProgramDefinition.class);
            if (programs.putIfAbsent(program.id(), program) != null) {
                throw new ContentException(file.path() + ": id: program '" + program.id() + "' is defined twice");
            }
        }
        ProgramDefinition active = programs.get(activeId);
        if (active == null) {
            throw new ContentException("The active program '" + activeId + "' (academy.program.active) is not among "
                    + programs.keySet());
        }
        return new Loaded(programs, active, ContentFiles.hash(found));
    }

    private record Loaded(Map<String, ProgramDefinition> programs, ProgramDefinition active, String hash) {
    }

    /** A program definition as recorded in the store, one document per id and version. */
    @Document("programs")
    record StoredProgram(@Id String key, ProgramDefinition definition) {
    }
}
