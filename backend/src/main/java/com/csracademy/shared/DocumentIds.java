package com.csracademy.shared;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * Ids for new documents: time-ordered UUIDs (version 7, RFC 9562: the first 48 bits are the time in milliseconds,
 * then a counter within the millisecond), so that their text grows with time, rather than random (version 4) UUIDs.
 *
 * <p>Why it matters: the store keeps a collection's documents, and each unique index, in a B-tree ordered by key.
 * With random keys every insert lands on another page of the tree, so each commit rewrites (and the embedded store
 * re-encodes and recompresses) a page per new document, and the pages of the documents being worked on (the open
 * exam attempts) are spread over the whole collection and fall out of the page cache. With growing keys the new and
 * busy documents sit together at the end of the tree (docs/performance.md, eighth round).
 *
 * <p>Still UUIDs, on purpose: the API checks path ids against the UUID shape, and a 24-hex-digit ObjectId text
 * would be turned into an ObjectId by Spring Data's mapping (the same id a string in one query, an ObjectId in
 * another). An id is not a secret:
 * every read is checked against the caller's role and scope, whatever id is asked for; values that must be
 * unguessable (token ids) do not use this.
 */
public final class DocumentIds {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private DocumentIds() {
    }

    public static String next() {
        return GENERATOR.generate().toString();
    }
}
