package com.csracademy.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.csracademy.audit.AuditEntry.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The audit log's writer: one insert at a time, the entries that arrive meanwhile together in the next. */
class AuditLogTest {

    private final ReactiveMongoTemplate mongo = mock(ReactiveMongoTemplate.class);
    private final List<List<String>> inserts = new ArrayList<>();
    private final List<Sinks.Empty<Void>> stored = new ArrayList<>();
    private final AuditLog log = new AuditLog(mongo);

    AuditLogTest() {
        when(mongo.insert(any(Collection.class), eq(AuditEntry.class))).thenAnswer(call -> {
            Collection<AuditEntry> entries = call.getArgument(0);
            inserts.add(entries.stream().map(AuditEntry::id).toList());
            Sinks.Empty<Void> done = Sinks.empty();
            stored.add(done);
            return done.asMono().thenMany(Flux.fromIterable(entries));
        });
    }

    private static AuditEntry entry(String id) {
        return new AuditEntry(id, Instant.parse("2026-12-07T02:00:00Z"), "t01", "sub-t01", List.of("TRAINEE"), "PUT",
                "/api/v1/attempts/a/answers", Map.of(), 200, Outcome.SUCCEEDED, 3, null);
    }

    @Test
    void entriesArrivingWhileAnInsertIsOnItsWayGoTogetherInTheNextAndEachCallerLearnsWhenItsOwnIsStored() {
        List<String> done = new ArrayList<>();
        log.append(entry("e1")).subscribe(null, null, () -> done.add("e1"));
        log.append(entry("e2")).subscribe(null, null, () -> done.add("e2"));
        log.append(entry("e3")).subscribe(null, null, () -> done.add("e3"));
        // with nothing on its way the first entry is sent at once, alone
        assertThat(inserts).containsExactly(List.of("e1"));
        assertThat(done).isEmpty();

        stored.get(0).tryEmitEmpty();
        assertThat(done).containsExactly("e1");
        assertThat(inserts).containsExactly(List.of("e1"), List.of("e2", "e3"));

        stored.get(1).tryEmitEmpty();
        assertThat(done).containsExactly("e1", "e2", "e3");
        assertThat(inserts).hasSize(2);
    }

    @Test
    void aFailedInsertFailsItsCallersOnlyAndTheNextEntriesAreStillWritten() {
        List<String> outcomes = new ArrayList<>();
        log.append(entry("e1")).subscribe(null, e -> outcomes.add("e1 failed"), () -> outcomes.add("e1"));
        log.append(entry("e2")).subscribe(null, e -> outcomes.add("e2 failed"), () -> outcomes.add("e2"));

        stored.get(0).tryEmitError(new IllegalStateException("store down"));
        assertThat(outcomes).containsExactly("e1 failed");
        stored.get(1).tryEmitEmpty();
        assertThat(outcomes).containsExactly("e1 failed", "e2");
    }

    @Test
    void anInsertThatCannotEvenStartFailsItsCallersAndDoesNotStopTheWriter() {
        when(mongo.insert(any(Collection.class), eq(AuditEntry.class)))
                .thenThrow(new IllegalArgumentException("cannot map"))
                .thenAnswer(call -> Flux.fromIterable(call.<Collection<AuditEntry>>getArgument(0)));
        List<String> outcomes = new ArrayList<>();
        log.append(entry("e1")).subscribe(null, e -> outcomes.add("e1 failed"), () -> outcomes.add("e1"));
        log.append(entry("e2")).subscribe(null, e -> outcomes.add("e2 failed"), () -> outcomes.add("e2"));
        assertThat(outcomes).containsExactly("e1 failed", "e2");
    }

    @Test
    void oneInsertCarriesAtMostTheLimit() {
        log.append(entry("first")).subscribe();
        for (int i = 0; i < AuditLog.MOST_PER_INSERT + 10; i++) {
            log.append(entry("e" + i)).subscribe();
        }
        stored.get(0).tryEmitEmpty();
        assertThat(inserts.get(1)).hasSize(AuditLog.MOST_PER_INSERT);
        stored.get(1).tryEmitEmpty();
        assertThat(inserts.get(2)).hasSize(10);
    }
}
