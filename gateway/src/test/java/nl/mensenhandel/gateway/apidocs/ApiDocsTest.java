package nl.mensenhandel.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.gateway.support.FakeBackends;

/**
 * The API documentation for integrators at /docs/api/, without a token: the Swagger UI page with its
 * Content-Security-Policy, Swagger UI's own files, and every contract of api-specs/ exactly as it is in the
 * repository (copied at build time), common.yaml beside them so that their relative $refs resolve.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocsTest {

    static final Path SPECS = Path.of("..", "api-specs");

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        FakeBackends.register(registry);
    }

    @LocalServerPort
    int port;

    WebTestClient http;

    @BeforeEach
    void setUp() {
        // Swagger UI's bundle is larger than the default in-memory limit of 256 KB
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
    }

    @Test
    void thePageIsOpenWithAPolicyThatAllowsOnlyItsOwnScripts() {
        String page = http.get().uri("/docs/api/").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("Content-Security-Policy", ApiDocsConfiguration.CONTENT_SECURITY_POLICY)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("swagger-ui-bundle.js", "swagger-initializer.js", "id=\"swagger-ui\"");
        // no inline script: every <script> loads a file
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(page).find()).isFalse();
        assertThat(ApiDocsConfiguration.CONTENT_SECURITY_POLICY).contains("script-src 'self';")
                .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
    }

    @Test
    void withoutTheSlashItRedirectsSoThatRelativeLinksWork() {
        http.get().uri("/docs/api").exchange()
                .expectStatus().isPermanentRedirect()
                .expectHeader().valueEquals("Location", "/docs/api/");
    }

    @Test
    void swaggerUiAndOurInitializerAreServed() {
        http.get().uri("/docs/api/swagger-ui-bundle.js").exchange().expectStatus().isOk();
        http.get().uri("/docs/api/swagger-ui.css").exchange().expectStatus().isOk();
        String initializer = http.get().uri("/docs/api/swagger-initializer.js").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        // ours, not the webjar's petstore example; care coordination (the partners' API) first
        assertThat(initializer).doesNotContain("petstore")
                .contains("validatorUrl: null");
        assertThat(initializer.indexOf("specs/care-coordination-service.yaml"))
                .isNotNegative().isLessThan(initializer.indexOf("specs/signal-service.yaml"));
    }

    @Test
    void everyContractIsServedAsInTheRepositoryAndListedInTheUi() throws IOException {
        String initializer = http.get().uri("/docs/api/swagger-initializer.js").exchange()
                .expectBody(String.class).returnResult().getResponseBody();
        Set<String> referred = new TreeSet<>();
        for (Path spec : contracts()) {
            String name = spec.getFileName().toString();
            String served = http.get().uri("/docs/api/specs/" + name).exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(served).as(name).isEqualTo(Files.readString(spec));
            if (!name.equals("common.yaml")) {
                assertThat(initializer).as(name + " in the dropdown").contains("'specs/" + name + "'");
            }
            Matcher ref = Pattern.compile("\\$ref: '?\\./?([A-Za-z-]+\\.yaml)#").matcher(served);
            while (ref.find()) {
                referred.add(ref.group(1));
            }
        }
        // every file a contract refers to is served beside it
        assertThat(referred).contains("common.yaml");
        for (String file : referred) {
            http.get().uri("/docs/api/specs/" + file).exchange().expectStatus().isOk();
        }
        http.get().uri("/docs/api/specs/access-matrix.yaml").exchange().expectStatus().isNotFound();
    }

    static List<Path> contracts() throws IOException {
        try (Stream<Path> files = Files.list(SPECS)) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("access-matrix.yaml")).sorted().toList();
        }
    }
}
