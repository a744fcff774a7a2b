package com.csracademy.notification.web;

import java.time.Duration;
import java.time.Instant;

import jakarta.validation.constraints.Pattern;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.csracademy.notification.Notification;
import com.csracademy.notification.Notifications;
import com.csracademy.security.Actors;
import com.csracademy.shared.web.Page;
import com.csracademy.shared.web.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications")
class NotificationController {

    private static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration HEARTBEAT = Duration.ofSeconds(20);

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "My notifications, newest first")
    Mono<Page<Notification>> mine(@RequestParam(defaultValue = "false") boolean unread,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return Actors.current().flatMap(actor -> notifications.mine(actor.personId(), unread, PageRequest.of(page, size)));
    }

    @PostMapping("/{id}/read")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Mark one of my notifications read")
    Mono<Notification> read(@PathVariable @Pattern(regexp = "[^/]{1,200}") String id) {
        return Actors.current().flatMap(actor -> notifications.markRead(actor.personId(), id));
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Server-sent events: my new notifications as they arrive (resumes after Last-Event-ID)")
    Flux<ServerSentEvent<Notification>> stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        Instant since = parse(lastEventId);
        // the first keep-alive goes out at once, so the client sees the response (headers) without waiting a beat
        Flux<ServerSentEvent<Notification>> heartbeats = Flux.interval(Duration.ZERO, HEARTBEAT)
                .map(tick -> ServerSentEvent.<Notification>builder().comment("keep-alive").build());
        return Actors.current().flatMapMany(actor -> Flux.merge(
                notifications.stream(actor.personId(), since, POLL)
                        .map(n -> ServerSentEvent.builder(n).id(n.createdAt().toString()).event("notification").build()),
                heartbeats));
    }

    private static Instant parse(String lastEventId) {
        try {
            return lastEventId == null ? Instant.now() : Instant.parse(lastEventId);
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.now();
        }
    }
}
