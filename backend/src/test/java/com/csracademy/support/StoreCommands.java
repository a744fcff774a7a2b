package com.csracademy.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.mongodb.RequestContext;
import com.mongodb.event.CommandEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import com.mongodb.reactivestreams.client.ReactiveContextProvider;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.server.WebFilter;
import reactor.core.CoreSubscriber;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Which store commands one HTTP request sent, including what it does after its answer (the audit entry): a request
 * that carries the {@link #HEADER} header has its value in its Reactor context, the driver hands that context to
 * each command it sends (a {@link ReactiveContextProvider}), and a command listener files the command under it.
 * Each command is a round trip with CPU on both sides of the wire protocol (docs/performance.md), so tests can hold
 * a call to the number it needs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StoreCommands {

    public static final String HEADER = "X-Test-Call";
    private static final String KEY = StoreCommands.class.getName();

    /** One command: its name and the collection it names. */
    public record Command(String name, String collection) {
        @Override
        public String toString() {
            return name + " " + collection;
        }
    }

    /** What the store answered to one command of the call. */
    public record Reply(String name, BsonDocument response) {
    }

    private final Map<String, List<Command>> byCall = new ConcurrentHashMap<>();
    private final Map<String, List<Reply>> repliesByCall = new ConcurrentHashMap<>();

    @Bean
    MongoClientSettingsBuilderCustomizer fileStoreCommandsByCall() {
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                String call = callOf(event);
                if (call != null) {
                    BsonValue target = event.getCommand().get(event.getCommandName());
                    byCall.computeIfAbsent(call, c -> new CopyOnWriteArrayList<>()).add(new Command(
                            event.getCommandName(), target != null && target.isString() ? target.asString().getValue()
                                    : ""));
                }
            }

            @Override
            public void commandSucceeded(CommandSucceededEvent event) {
                String call = callOf(event);
                if (call != null) {
                    // the response is only valid during this call: keep a copy
                    repliesByCall.computeIfAbsent(call, c -> new CopyOnWriteArrayList<>())
                            .add(new Reply(event.getCommandName(), event.getResponse().clone()));
                }
            }

            private static String callOf(CommandEvent event) {
                RequestContext context = event.getRequestContext();
                return context == null ? null : context.getOrDefault(KEY, null);
            }
        };
        ReactiveContextProvider contexts = subscriber -> new ReadOnlyContext(subscriber instanceof CoreSubscriber<?> core
                ? core.currentContext() : Context.empty());
        return settings -> settings.contextProvider(contexts).addCommandListener(listener);
    }

    /** Outermost: the whole request, security and the audit entry written after the answer included. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    WebFilter tagStoreCommandsWithTheCall() {
        return (exchange, chain) -> {
            String call = exchange.getRequest().getHeaders().getFirst(HEADER);
            return call == null ? chain.filter(exchange) : chain.filter(exchange).contextWrite(Context.of(KEY, call));
        };
    }

    /** A new call id, for the {@link #HEADER} header of one request. */
    public String newCall() {
        return UUID.randomUUID().toString();
    }

    /** Runs work outside a request as the call, so the commands it sends are filed under it. */
    public <T> reactor.core.publisher.Mono<T> as(String call, reactor.core.publisher.Mono<T> work) {
        return work.contextWrite(Context.of(KEY, call));
    }

    /** The commands the call has sent so far. */
    public List<Command> of(String call) {
        return List.copyOf(byCall.getOrDefault(call, List.of()));
    }

    /** The store's replies to the call's commands so far, in the order they came. */
    public List<Reply> replies(String call) {
        return List.copyOf(repliesByCall.getOrDefault(call, List.of()));
    }

    /**
     * The commands of the call once it has sent at least {@code expected} of them (its work after the answer
     * included) and nothing more for a moment, or after 5 s whatever it sent.
     */
    public List<Command> settled(String call, int expected) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (of(call).size() < expected && System.nanoTime() < deadline) {
            sleep(20);
        }
        sleep(200);
        return of(call);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The driver's view of a Reactor context (reading is all it needs here). */
    private record ReadOnlyContext(ContextView view) implements RequestContext {

        @Override
        public <T> T get(Object key) {
            return view.get(key);
        }

        @Override
        public boolean hasKey(Object key) {
            return view.hasKey(key);
        }

        @Override
        public boolean isEmpty() {
            return view.isEmpty();
        }

        @Override
        public void put(Object key, Object value) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void delete(Object key) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public int size() {
            return view.size();
        }

        @Override
        public Stream<Map.Entry<Object, Object>> stream() {
            return view.stream();
        }
    }
}
