package com.csracademy.people;

import reactor.core.publisher.Mono;

/**
 * What the people module needs to know about branch placements to scope a branch mentor's access. The
 * shadowing module, which owns placements, provides the implementation; until it exists nobody is placed.
 */
public interface BranchPlacements {

    Mono<Boolean> isPlacedWith(String traineeId, String branchMentorId);
}
