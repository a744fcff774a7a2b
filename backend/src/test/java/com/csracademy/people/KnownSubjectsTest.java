package com.csracademy.people;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import com.csracademy.people.persistence.PersonDocument;
import com.csracademy.security.Role;
import com.csracademy.security.SubjectResolver.KnownPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The subject lookup behind every request reads the store once per found subject, every time for an unknown one. */
class KnownSubjectsTest {

    private final ReactiveMongoTemplate mongo = mock(ReactiveMongoTemplate.class);

    @SuppressWarnings("unchecked")
    private final People people = new People(mongo, Clock.systemUTC(), null, mock(ObjectProvider.class),
            mock(ApplicationEventPublisher.class));

    @Test
    void aFoundPersonIsReadOnceAndAnsweredFromMemoryAfterwards() {
        PersonDocument person = new PersonDocument("t99", "sub-t99", "t99", "测试", Set.of(Role.TRAINEE), "csc", null,
                true, Instant.now(), null);
        when(mongo.findOne(any(Query.class), eq(PersonDocument.class))).thenReturn(Mono.just(person));

        KnownPerson first = people.bySubject("sub-t99").block();
        KnownPerson second = people.bySubject("sub-t99").block();

        assertThat(first).isNotNull();
        assertThat(first.personId()).isEqualTo("t99");
        assertThat(second).isEqualTo(first);
        verify(mongo, times(1)).findOne(any(Query.class), eq(PersonDocument.class));
    }

    @Test
    void anUnknownSubjectIsLookedUpEachTime() {
        when(mongo.findOne(any(Query.class), eq(PersonDocument.class))).thenReturn(Mono.empty());

        assertThat(people.bySubject("sub-nobody").block()).isNull();
        assertThat(people.bySubject("sub-nobody").block()).isNull();

        verify(mongo, times(2)).findOne(any(Query.class), eq(PersonDocument.class));
    }
}
