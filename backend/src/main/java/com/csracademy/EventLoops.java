package com.csracademy;

import java.util.Properties;

/**
 * One network event loop per CPU. Left to themselves, Netty gives every event-loop group twice as many threads as
 * there are CPUs and Reactor Netty at least four; this app has three such groups on the hot path (the HTTP server,
 * the MongoDB driver, and the embedded store's wire-protocol server), so on a 2-core machine twelve threads took
 * turns handing each request and each store round trip to one another. With one loop per CPU in each group the bulk
 * exam benchmark needed 9–21 % less CPU per request in two alternating pairs of runs, and every call's p99 was lower
 * (docs/performance.md, fourteenth round). A value given on the command line ({@code -Dio.netty.eventLoopThreads=…},
 * {@code -Dreactor.netty.ioWorkerCount=…}) is kept.
 */
final class EventLoops {

    /** Netty's default thread count for an event-loop group made without one (the driver's, the embedded store's). */
    static final String NETTY = "io.netty.eventLoopThreads";
    /** Reactor Netty's worker count of its default loop resources (the HTTP server's). */
    static final String REACTOR_NETTY = "reactor.netty.ioWorkerCount";

    private EventLoops() {
    }

    /** Must run before Netty's and Reactor Netty's classes read the settings, i.e. first thing in {@code main}. */
    static void onePerCpu(Properties system, int cpus) {
        String count = Integer.toString(Math.max(1, cpus));
        for (String key : new String[] {NETTY, REACTOR_NETTY}) {
            if (system.getProperty(key) == null) {
                system.setProperty(key, count);
            }
        }
    }
}
