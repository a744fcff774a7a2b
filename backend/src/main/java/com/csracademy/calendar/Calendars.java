package com.csracademy.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.csracademy.content.ContentFiles;
import com.csracademy.content.ContentFiles.ContentFile;
import com.csracademy.shared.ConflictException;
import com.csracademy.shared.NotFoundException;
import com.csracademy.shared.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The calendars: imported from {@code content/calendar/*.yaml}, amended by administrators, answered
 * from an in-memory {@link WorkingCalendar} that is refreshed after every change (and every minute, so
 * several instances converge).
 */
@Service
public class Calendars implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(Calendars.class);

    private final ContentFiles files;
    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final AtomicReference<WorkingCalendar> current = new AtomicReference<>(new WorkingCalendar(List.of()));

    Calendars(ContentFiles files, ReactiveMongoTemplate mongo, Clock clock) {
        this.files = files;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Both calendars over every loaded year, as they are now. */
    public WorkingCalendar calendar() {
        return current.get();
    }

    @Override
    public String name() {
        return "calendars";
    }

    @Override
    public int order() {
        return -9;
    }

    @Override
    public Mono<Void> run() {
        return importContent().then(refresh());
    }

    /**
     * Imports each year file whose content changed, unless an administrator amended that year in the
     * store: an amendment is never overwritten by a file.
     */
    public Mono<Void> importContent() {
        List<ContentFile> yearFiles = files.list("calendar/*.yaml");
        return Flux.fromIterable(yearFiles)
                .map(file -> new Candidate(files.bind(file, CalendarYear.class), ContentFiles.hash(List.of(file))))
                .concatMap(c -> mongo.findById(c.year().year(), StoredCalendar.class)
                        .flatMap(stored -> {
                            if (stored.contentHash().equals(c.hash())) {
                                return Mono.empty();
                            }
                            if (stored.amendedBy() != null) {
                                log.warn("Calendar {} was amended by {}; the changed content file is not applied",
                                        c.year().year(), stored.amendedBy());
                                return Mono.empty();
                            }
                            return mongo.save(new StoredCalendar(c.year().year(), c.year(), c.hash(), null, null,
                                    null, stored.version()));
                        })
                        .switchIfEmpty(Mono.defer(() -> mongo.exists(Query.query(
                                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(c.year().year())),
                                StoredCalendar.class)
                                .flatMap(exists -> exists ? Mono.empty() : mongo.insert(new StoredCalendar(
                                        c.year().year(), c.year(), c.hash(), null, null, null, null))))))
                .then();
    }

    /** Reloads the in-memory calendar from the store. */
    @Scheduled(fixedDelayString = "${academy.calendar.refresh:PT1M}", initialDelayString = "${academy.calendar.refresh:PT1M}")
    public void scheduledRefresh() {
        refresh().subscribe(v -> { }, e -> log.warn("Calendar refresh failed: {}", e.getMessage()));
    }

    Mono<Void> refresh() {
        return mongo.findAll(StoredCalendar.class).map(StoredCalendar::calendar).collectList()
                .doOnNext(years -> current.set(new WorkingCalendar(years)))
                .then();
    }

    public Flux<StoredCalendar> years() {
        return mongo.find(new Query().with(Sort.by("_id")), StoredCalendar.class);
    }

    public Mono<StoredCalendar> year(int year) {
        return mongo.findById(year, StoredCalendar.class)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Calendar year", String.valueOf(year))));
    }

    /**
     * Replaces a year's dates. The previous version is kept in {@code calendar_revisions}; a stale
     * {@code expectedVersion} is a conflict.
     */
    public Mono<StoredCalendar> amend(CalendarYear amended, long expectedVersion, String personId, String reason) {
        return year(amended.year())
                .flatMap(stored -> {
                    if (stored.version() == null || stored.version() != expectedVersion) {
                        return Mono.error(new ConflictException("stale-version", "Changed by someone else",
                                "Calendar " + amended.year() + " is at version " + stored.version()
                                        + ", not " + expectedVersion + "; reload it and apply your change again"));
                    }
                    Instant now = clock.instant();
                    return mongo.insert(new CalendarRevision(null, stored.year(), stored.version(), stored.calendar(),
                                    stored.amendedBy(), stored.amendedAt(), stored.reason(), now))
                            .then(mongo.save(new StoredCalendar(stored.year(), amended, stored.contentHash(), personId,
                                    now, reason, stored.version())));
                })
                .flatMap(saved -> refresh().thenReturn(saved));
    }

    private record Candidate(CalendarYear year, String hash) {
    }

    /** A year as stored: the dates, the content version it came from, and who amended it last. */
    @Document("calendars")
    public record StoredCalendar(@Id int year, CalendarYear calendar, String contentHash, String amendedBy,
                                 Instant amendedAt, String reason, @Version Long version) {
    }

    /** A superseded version of a year, kept when an administrator amends it. */
    @Document("calendar_revisions")
    record CalendarRevision(@Id String id, int year, Long version, CalendarYear calendar, String amendedBy,
                            Instant amendedAt, String reason, Instant supersededAt) {
    }
}
