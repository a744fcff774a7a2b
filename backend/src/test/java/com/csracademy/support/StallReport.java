package com.csracademy.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import com.mongodb.reactivestreams.client.MongoClient;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * When an API test fails on a timeout (a request that got no answer within the client's 30 s, a blocking read that
 * ran out), the failure says what the JVM was doing: the MongoDB driver's view of the store (was the server
 * selectable?) and the threads that were busy, in the message, and every thread's whole stack on standard output.
 * A request once hung in CI (a ping after a rate-limited call) and left nothing else to go on.
 */
public final class StallReport implements TestExecutionExceptionHandler {

    /** Frames of a thread that waits for work: an event loop in its selector, a pool worker parked. */
    private static final Set<String> IDLE_FRAMES = Set.of("epollWait", "epollWait0", "poll", "accept", "accept0",
            "park", "parkNanos", "sleep", "sleep0", "wait", "wait0", "take", "poll0", "select",
            "waitForReferencePendingList");

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (!isTimeout(failure)) {
            throw failure;
        }
        List<ThreadInfo> threads = List.of(ManagementFactory.getThreadMXBean().dumpAllThreads(true, true));
        System.out.println("=== all threads when " + context.getDisplayName() + " timed out ===\n" + dump(threads));
        throw new AssertionError(failure.getMessage() + " [store: " + store(context) + "; busy: " + busy(threads) + "]",
                failure);
    }

    static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException
                    || (t instanceof IllegalStateException && t.getMessage() != null
                        && t.getMessage().startsWith("Timeout on blocking read"))) {
                return true;
            }
        }
        return false;
    }

    private static String store(ExtensionContext context) {
        try {
            return SpringExtension.getApplicationContext(context).getBean(MongoClient.class)
                    .getClusterDescription().getShortDescription();
        } catch (RuntimeException e) {
            return "not known (" + e + ")";
        }
    }

    /** The threads that were running something other than a wait for work, each with its top frames. */
    static String busy(List<ThreadInfo> threads) {
        List<String> busy = new ArrayList<>();
        for (ThreadInfo info : threads) {
            StackTraceElement[] stack = info.getStackTrace();
            if (stack.length == 0 || IDLE_FRAMES.contains(stack[0].getMethodName())
                    || info.getThreadName().startsWith("surefire-") || info.getThreadName().equals("main")) {
                continue;
            }
            StringBuilder line = new StringBuilder(info.getThreadName()).append(' ').append(info.getThreadState());
            for (int i = 0; i < Math.min(3, stack.length); i++) {
                line.append(i == 0 ? " at " : " < ").append(stack[i]);
            }
            if (info.getLockName() != null) {
                line.append(" waiting for ").append(info.getLockName()).append(" held by ").append(info.getLockOwnerName());
            }
            busy.add(line.toString());
        }
        return busy.isEmpty() ? "none" : String.join(" | ", busy);
    }

    private static String dump(List<ThreadInfo> threads) {
        StringBuilder out = new StringBuilder();
        for (ThreadInfo info : threads) {
            out.append('"').append(info.getThreadName()).append("\" ").append(info.getThreadState());
            if (info.getLockName() != null) {
                out.append(" on ").append(info.getLockName()).append(" held by ").append(info.getLockOwnerName());
            }
            out.append('\n');
            for (StackTraceElement frame : info.getStackTrace()) {
                out.append("    at ").append(frame).append('\n');
            }
        }
        return out.toString();
    }
}
