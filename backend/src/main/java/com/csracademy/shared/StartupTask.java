package com.csracademy.shared;

import reactor.core.publisher.Mono;

/**
 * Work that must finish before the app accepts traffic (content import, demo people, indexes). The
 * tasks run in {@link #order()} once the context is ready; readiness is refused until all are done.
 */
public interface StartupTask {

    String name();

    /** Lower runs first. */
    default int order() {
        return 0;
    }

    Mono<Void> run();
}
