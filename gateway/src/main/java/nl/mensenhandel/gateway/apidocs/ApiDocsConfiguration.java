package nl.mensenhandel.gateway.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Properties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The API documentation for integrators at {@code /docs/api/}: Swagger UI (from the {@code org.webjars:swagger-ui}
 * distribution) over the contracts of {@code api-specs/}, which the build copies into the jar
 * ({@code /docs/api/specs/*.yaml}, side by side, so their {@code $ref} to {@code common.yaml} resolves in the
 * browser). Open without a token ({@code platform.security.public-paths}): the contracts are not secret.
 * <p>
 * The page itself ({@code /docs/api/}, also as {@code index.html}) is answered here with a Content-Security-Policy
 * that allows only the gateway's own scripts — the UI is started by a static {@code swagger-initializer.js}, no
 * inline script — and no connections elsewhere; everything else under {@code /docs/api/} is a static resource: our
 * own files first ({@code classpath:/docs-api/}), then Swagger UI's.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocsConfiguration implements WebFluxConfigurer {

    public static final String PATH = "/docs/api";

    /** Swagger UI renders with inline style attributes and data: icons; scripts and connections only our own. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; base-uri 'self'; frame-ancestors 'none'";

    private static final String OWN_FILES = "classpath:/docs-api/";
    private static final String WEBJAR_PROPERTIES = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH + "/**").addResourceLocations(OWN_FILES,
                "classpath:/META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/");
    }

    @Bean
    RouterFunction<ServerResponse> apiDocsPage() {
        Resource page = new ClassPathResource("docs-api/index.html");
        return RouterFunctions.route()
                // relative URLs in the page need the trailing slash
                .GET(PATH, request -> ServerResponse.permanentRedirect(URI.create(PATH + "/")).build())
                .GET(PATH + "/", request -> page(page))
                .GET(PATH + "/index.html", request -> page(page))
                .build();
    }

    private static reactor.core.publisher.Mono<ServerResponse> page(Resource page) {
        return ServerResponse.ok().contentType(MediaType.TEXT_HTML)
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .bodyValue(page);
    }

    /** The webjar's version, from its own Maven metadata: one place (the root pom) names it. */
    static String swaggerUiVersion() {
        try (InputStream in = new ClassPathResource(WEBJAR_PROPERTIES).getInputStream()) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Swagger UI webjar missing (" + WEBJAR_PROPERTIES + ")", e);
        }
    }
}
