package nl.mensenhandel.monitor.dashboard;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The monitor's dashboard: static files under {@code classpath:/static/dashboard/} (index.html, app.js,
 * app.css), reached only through the gateway, which logs the person in and relays their token (BFF). Like every
 * path of this service it needs a valid token (zero trust); the figures come from this service's own API.
 * This class only maps the directory itself to its page.
 */
@Configuration(proxyBeanMethods = false)
public class DashboardPage {

    @Bean
    RouterFunction<ServerResponse> dashboardIndex(@Value("classpath:/static/dashboard/index.html") Resource index) {
        return RouterFunctions
                .route(RequestPredicates.GET("/dashboard/"),
                        request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(index))
                // relative links of the page need the trailing slash
                .andRoute(RequestPredicates.GET("/dashboard"),
                        request -> ServerResponse.permanentRedirect(URI.create("/dashboard/")).build());
    }
}
