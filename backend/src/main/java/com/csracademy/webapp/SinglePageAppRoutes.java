package com.csracademy.webapp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.accept;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * Client-side routes ({@code /exam/42}, {@code /auth/callback}) are answered with the app's
 * {@code index.html}, so a reload or a shared link works; the API, the actuator and files keep their own
 * handlers.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageAppRoutes {

    private static final Resource INDEX = new ClassPathResource("static/index.html");

    @Bean
    RouterFunction<ServerResponse> singlePageApp() {
        RequestPredicate clientRoute = GET("/**")
                .and(accept(MediaType.TEXT_HTML))
                .and(request -> {
                    String path = request.path();
                    return !path.startsWith("/api/") && !path.startsWith("/actuator") && !path.startsWith("/v3/")
                            && !path.startsWith("/swagger-ui") && !path.startsWith("/webjars/")
                            && !path.substring(path.lastIndexOf('/') + 1).contains(".");
                });
        return route(clientRoute, request -> INDEX.exists()
                ? ServerResponse.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache()).bodyValue(INDEX)
                : ServerResponse.notFound().build());
    }
}
