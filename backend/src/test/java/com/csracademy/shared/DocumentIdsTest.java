package com.csracademy.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** New documents' ids grow in the order they are made (the store's B-trees append instead of scattering). */
class DocumentIdsTest {

    @Test
    void idsAreVersion7UuidsAndGrowInTheOrderTheyAreMade() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(DocumentIds.next());
        }
        assertThat(ids).allMatch(id -> java.util.UUID.fromString(id).version() == 7 && id.equals(id.toLowerCase()));
        assertThat(ids).isSortedAccordingTo(String::compareTo).doesNotHaveDuplicates();
    }

    @Test
    void idsMadeOnSeveralThreadsAtOnceAreAllDifferent() {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 40_000).parallel().forEach(i -> ids.add(DocumentIds.next()));
        assertThat(ids).hasSize(40_000);
    }
}
