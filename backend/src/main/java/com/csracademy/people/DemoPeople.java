package com.csracademy.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import com.csracademy.content.ContentFiles;
import com.csracademy.content.ContentFiles.ContentFile;
import com.csracademy.content.ContentVersions;
import com.csracademy.people.persistence.OrgDocuments.BranchDocument;
import com.csracademy.people.persistence.OrgDocuments.CohortDocument;
import com.csracademy.people.persistence.OrgDocuments.DepartmentDocument;
import com.csracademy.people.persistence.PersonDocument;
import com.csracademy.people.persistence.TraineeDocument;
import com.csracademy.program.ProgramDefinition.Category;
import com.csracademy.security.Actor;
import com.csracademy.security.Role;
import com.csracademy.shared.StartupTask;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Loads the demo people of {@code content/demo/people.yaml}: in the embedded default, or elsewhere only
 * when {@code academy.people.demo=true} — never in production by accident: the {@code prod} profile sets it
 * false, so only an explicit flag loads them there. Records that already exist
 * are left as they are, and the same file twice changes nothing.
 */
@Component
class DemoPeople implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);
    private static final Actor LOADER = new Actor("system", "system", "demo loader", Set.of(Role.ADMIN), null, null);

    private final ContentFiles files;
    private final ContentVersions versions;
    private final ReactiveMongoTemplate mongo;
    private final People people;
    private final boolean enabled;
    private final Clock clock;

    DemoPeople(ContentFiles files, ContentVersions versions, ReactiveMongoTemplate mongo, People people,
               PeopleProperties properties, Environment environment, Clock clock) {
        this.files = files;
        this.versions = versions;
        this.mongo = mongo;
        this.people = people;
        this.clock = clock;
        boolean embedded = !StringUtils.hasText(environment.getProperty("spring.mongodb.uri", ""));
        boolean production = List.of(environment.getActiveProfiles()).contains("prod");
        this.enabled = properties.demo() != null ? properties.demo() : embedded && !production;
    }

    @Override
    public String name() {
        return "demo people";
    }

    /** After the program and the calendars; beside the curriculum and the question banks, which it does not need. */
    @Override
    public int order() {
        return -5;
    }

    @Override
    public Mono<Void> run() {
        if (!enabled) {
            return Mono.empty();
        }
        List<ContentFile> found = files.list("demo/people.yaml");
        if (found.isEmpty()) {
            return Mono.empty();
        }
        DemoData data = files.bind(found.get(0), DemoData.class);
        return versions.loadIfChanged("demo-people", ContentFiles.hash(found), load(data))
                .doOnNext(loaded -> log.info(loaded ? "Demo people loaded" : "Demo people unchanged"))
                .then();
    }

    private Mono<Void> load(DemoData data) {
        Instant now = clock.instant();
        Mono<Void> org = insertMissing(DepartmentDocument.class, data.departments(), DepartmentDocument::id)
                .then(insertMissing(BranchDocument.class, data.branches(), BranchDocument::id))
                .then(insertMissing(CohortDocument.class, data.cohorts().stream().map(c -> new CohortDocument(c.id(),
                        c.name(), c.department(), c.startDate())).toList(), CohortDocument::id))
                .then(insertMissing(PersonDocument.class, data.people().stream().map(p -> new PersonDocument(p.id(),
                        p.subject(), p.username(), p.name(), p.roles(), p.department(), p.branch(), true, now,
                        null)).toList(), PersonDocument::id))
                .then(insertMissing(TraineeDocument.class, data.trainees().stream().map(t -> new TraineeDocument(
                        t.person(), t.category(), t.cohort(), t.startDate(), "system", now, null)).toList(),
                        TraineeDocument::personId));
        Flux<Object> pairings = Flux.fromIterable(data.mentorships())
                .concatMap(m -> people.mentorships(m.trainee()).hasElements()
                        .flatMap(paired -> paired ? Mono.empty()
                                : people.assignMentor(LOADER, m.trainee(), m.mentor(), "demo pairing")));
        return org.thenMany(pairings).then();
    }

    /**
     * Inserts the documents whose ids are not stored yet, with one read of the ids and one insert per kind (a
     * fresh store's start waits for this task); documents already stored stay as they are.
     */
    private <T> Mono<Void> insertMissing(Class<T> type, List<T> documents, Function<T, String> idOf) {
        if (documents.isEmpty()) {
            return Mono.empty();
        }
        Query stored = query(where("_id").in(documents.stream().map(idOf).toList()));
        stored.fields().include("_id");
        return mongo.find(stored, Document.class, mongo.getCollectionName(type))
                .map(found -> String.valueOf(found.get("_id")))
                .collect(Collectors.toSet())
                .flatMap(present -> {
                    List<T> missing = documents.stream().filter(d -> !present.contains(idOf.apply(d))).toList();
                    return missing.isEmpty() ? Mono.<Void>empty() : mongo.insertAll(missing).then();
                });
    }

    record DemoData(int version, @NotNull List<@Valid DepartmentDocument> departments,
                    @NotNull List<@Valid BranchDocument> branches, @NotNull List<@Valid DemoCohort> cohorts,
                    @NotEmpty List<@Valid DemoPerson> people, @NotNull List<@Valid DemoTrainee> trainees,
                    @NotNull List<@Valid DemoPairing> mentorships) {
    }

    record DemoCohort(@NotBlank String id, @NotBlank String name, @NotBlank String department,
                      @NotNull LocalDate startDate) {
    }

    record DemoPerson(@NotBlank String id, @NotBlank String username, @NotBlank String subject, @NotBlank String name,
                      @NotEmpty Set<Role> roles, String department, String branch) {
    }

    record DemoTrainee(@NotBlank String person, @NotNull Category category, @NotBlank String cohort,
                       @NotNull LocalDate startDate) {
    }

    record DemoPairing(@NotBlank String trainee, @NotBlank String mentor) {
    }
}
