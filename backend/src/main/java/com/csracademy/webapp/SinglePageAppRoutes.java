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
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * Client-side routes ({@code /exam/42}, {@code /auth/callback}, {@code /branch/placements/t05.placement.1}) are
 * answered with the app's {@code index.html} when a browser navigates to them (it asks for HTML), so a reload or a
 * shared link works; the API, the actuator and the app's own files keep their handlers. A dot in the last segment
 * does not make a path a file: record ids have dots, so only a file that exists is left to the file handler.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageAppRoutes {

    private static final Resource INDEX = new ClassPathResource("static/index.html");

    @Bean
    RouterFunction<ServerResponse> singlePageApp() {
        // a navigation names text/html; a script or image request (*/*) for a missing file stays a 404
        RequestPredicate clientRoute = GET("/**")
                .and(request -> request.headers().accept().stream().anyMatch(t -> t.equalsTypeAndSubtype(MediaType.TEXT_HTML)))
                .and(request -> {
                    String path = request.path();
                    return !path.startsWith("/api/") && !path.startsWith("/actuator") && !path.startsWith("/v3/")
                            && !path.startsWith("/swagger-ui") && !path.startsWith("/webjars/")
                            && !isFile(path);
                });
        return route(clientRoute, request -> INDEX.exists()
                ? ServerResponse.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache()).bodyValue(INDEX)
                : ServerResponse.notFound().build());
    }

    private static boolean isFile(String path) {
        return !path.endsWith("/") && new ClassPathResource("static" + path).exists();
    }
}
