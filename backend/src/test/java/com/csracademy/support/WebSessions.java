package com.csracademy.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;

/**
 * The application's web session manager, counting the requests whose session something asked for. The API is
 * stateless: nothing should ask (docs/performance.md: asking created a session per request).
 */
@TestConfiguration(proxyBeanMethods = false)
public class WebSessions {

    private final AtomicInteger asked = new AtomicInteger();

    @Bean(WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME)
    WebSessionManager webSessionManager() {
        DefaultWebSessionManager sessions = new DefaultWebSessionManager();
        // every exchange builds the session's Mono up front; only subscribing to it reads or creates a session
        return exchange -> reactor.core.publisher.Mono.defer(() -> {
            asked.incrementAndGet();
            return sessions.getSession(exchange);
        });
    }

    /** How many times a session was asked for so far. */
    public int asked() {
        return asked.get();
    }
}
