package com.csracademy.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the app's Java time went during a profiling run, from the JDK Flight Recorder's execution samples
 * ({@code jcmd <pid> JFR.start settings=profile}): by component (the top-most frame that is not the JDK's
 * own), by thread group, and the hottest methods. Prints Markdown. Argument: the {@code .jfr} file.
 */
public final class JfrProfile {

    /** Package prefix → component, first match wins. */
    private static final String[][] COMPONENTS = {
            {"de.bwaldvogel.", "embedded MongoDB server (mongo-java-server: query matching, updates)"},
            {"org.h2.", "MVStore storage (H2: pages, compression, serialization)"},
            {"org.bson.", "MongoDB driver + BSON (client side)"},
            {"com.mongodb.", "MongoDB driver + BSON (client side)"},
            {"org.springframework.data.", "Spring Data MongoDB (mapping documents ↔ objects)"},
            {"tools.jackson.", "JSON (Jackson)"},
            {"com.fasterxml.", "JSON (Jackson)"},
            {"com.nimbusds.", "JWT (Nimbus, RSA signature)"},
            {"sun.security.", "JWT (Nimbus, RSA signature)"},
            {"java.security.", "JWT (Nimbus, RSA signature)"},
            {"javax.crypto.", "JWT (Nimbus, RSA signature)"},
            {"java.math.", "JWT (Nimbus, RSA signature)"},
            {"org.springframework.security.", "Spring Security"},
            {"org.springframework.", "Spring WebFlux and the rest of Spring"},
            {"io.micrometer.", "Spring WebFlux and the rest of Spring"},
            {"reactor.netty.", "Netty and Reactor Netty (HTTP, sockets)"},
            {"io.netty.", "Netty and Reactor Netty (HTTP, sockets)"},
            {"reactor.", "Reactor operators"},
            {"com.csracademy.", "CSR Academy code"},
    };

    private JfrProfile() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Integer> components = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> hot = new HashMap<>();
        Map<String, Integer> appFrames = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                samples++;
                RecordedThread thread = event.getThread("sampledThread");
                threads.merge(group(thread == null ? "?" : thread.getJavaName()), 1, Integer::sum);
                hot.merge(name(frames.get(0)), 1, Integer::sum);
                components.merge(component(frames), 1, Integer::sum);
                frames.stream().filter(f -> type(f).startsWith("com.csracademy.")).findFirst()
                        .ifPresent(f -> appFrames.merge(name(f), 1, Integer::sum));
            }
        }
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
                "%d execution samples (JFR, `settings=profile`).%n%n", samples));
        table(md, "component (top-most frame outside the JDK)", components, samples, 20);
        table(md, "thread group", threads, samples, 10);
        table(md, "hottest methods (self)", hot, samples, 15);
        table(md, "CSR Academy method nearest the top of the stack (where there is one)", appFrames, samples, 15);
        System.out.print(md);
    }

    private static void table(StringBuilder md, String title, Map<String, Integer> counts, int total, int top) {
        md.append("| ").append(title).append(" | samples | share |\n|---|---:|---:|\n");
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        sorted.stream().limit(top).forEach(e -> md.append(String.format(Locale.ROOT, "| %s | %d | %.1f%% |%n",
                e.getKey(), e.getValue(), 100.0 * e.getValue() / total)));
        md.append('\n');
    }

    private static String component(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = type(frame);
            for (String[] c : COMPONENTS) {
                if (type.startsWith(c[0])) {
                    return c[1];
                }
            }
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return "other libraries (" + type.replaceAll("^((?:[^.]+\\.){2}).*", "$1") + "…)";
            }
        }
        return "the JDK only";
    }

    static String group(String threadName) {
        for (String g : new String[] {"reactor-http", "multiThreadIoEventLoopGroup", "mongo-server-worker", "H2-",
                "MVStore", "boundedElastic", "parallel", "scheduling"}) {
            if (threadName.startsWith(g)) {
                return g;
            }
        }
        return threadName.replaceAll("[-#]?\\d+$", "");
    }

    private static String type(RecordedFrame frame) {
        return frame.getMethod().getType().getName();
    }

    private static String name(RecordedFrame frame) {
        String type = type(frame);
        return "`" + type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName() + "`";
    }
}
