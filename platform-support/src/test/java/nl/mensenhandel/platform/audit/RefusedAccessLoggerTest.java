package nl.mensenhandel.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import nl.mensenhandel.platform.testing.EmbeddedMongo;

/** Refused calls (401, 403, 404) on API paths are logged with the caller, never with query or body. */
class RefusedAccessLoggerTest {

    private static final EmbeddedMongo MONGO = EmbeddedMongo.start();
    private static final MongoClient CLIENT = MongoClients.create(MONGO.uri());

    private final ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(CLIENT, "refused-" + UUID.randomUUID());
    private final AccessLog log = new AccessLog(mongo, Clock.systemUTC(), "test-service");

    @AfterAll
    static void stop() {
        CLIENT.close();
        MONGO.stop();
    }

    /** Stands in for Spring Security: a validated token in the security context when one is sent. */
    record FakeSecurity() implements WebFilter, Ordered {
        @Override
        public reactor.core.publisher.Mono<Void> filter(org.springframework.web.server.ServerWebExchange exchange,
                org.springframework.web.server.WebFilterChain chain) {
            if (!exchange.getRequest().getHeaders().containsHeader("X-Test-User")) {
                return chain.filter(exchange);
            }
            Jwt jwt = Jwt.withTokenValue("t").header("alg", "none").subject("sub-hh")
                    .claim("preferred_username", exchange.getRequest().getHeaders().getFirst("X-Test-User"))
                    .claim("region", "kennemerland").claim("azp", "platform-cli")
                    .claim("realm_access", Map.of("roles", List.of("handhaver"))).build();
            return chain.filter(exchange)
                    .contextWrite(ReactiveSecurityContextHolder.withAuthentication(new JwtAuthenticationToken(jwt)));
        }

        @Override
        public int getOrder() {
            return -100;
        }
    }

    private WebTestClient client() {
        return WebTestClient.bindToRouterFunction(RouterFunctions.route()
                        .GET("/api/things/{id}", r -> ServerResponse.status(HttpStatus.NOT_FOUND).build())
                        .GET("/api/secret", r -> ServerResponse.status(HttpStatus.FORBIDDEN).build())
                        .GET("/api/open", r -> ServerResponse.ok().build())
                        .GET("/elsewhere", r -> ServerResponse.status(HttpStatus.NOT_FOUND).build())
                        .build())
                .webFilter(new RefusedAccessLogger(log), new FakeSecurity(), new CallerCapture())
                .build();
    }

    private List<AccessLogEntry> all() {
        return mongo.findAll(AccessLogEntry.class).collectList().block().stream()
                .sorted(java.util.Comparator.comparing(AccessLogEntry::id)).toList();
    }

    @Test
    void aNotFoundOfAnAuthenticatedCallerIsLoggedInTheCallersRegionWithoutTheQuery() {
        client().get().uri("/api/things/abc?name=Jansen").header("X-Test-User", "af.heemstede")
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .exchange().expectStatus().isNotFound();

        assertThat(all()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(Outcome.NOT_FOUND);
            assertThat(entry.region()).isEqualTo("kennemerland");
            assertThat(entry.actorUsername()).isEqualTo("af.heemstede");
            assertThat(entry.client()).isEqualTo("platform-cli");
            assertThat(entry.action()).isEqualTo("READ");
            assertThat(entry.resourceId()).isEqualTo("/api/things/abc").doesNotContain("Jansen");
            assertThat(entry.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
            assertThat(entry.legalBasis()).isEqualTo(LegalBasis.RIEC_CONVENANT.text());
        });
    }

    @Test
    void aForbiddenCallIsLoggedAsDeniedAndAnAnonymousOneInTheChainWithoutRegion() {
        client().get().uri("/api/secret").header("X-Test-User", "handhaver.heemstede").header("X-Request-Id", "req-42")
                .exchange().expectStatus().isForbidden();
        client().get().uri("/api/secret").exchange().expectStatus().isForbidden();

        assertThat(all()).extracting(AccessLogEntry::region, AccessLogEntry::outcome, AccessLogEntry::actor)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("kennemerland", Outcome.DENIED, "sub-hh"),
                        org.assertj.core.groups.Tuple.tuple(AccessLogEntry.NO_REGION, Outcome.DENIED,
                                AccessLogEntry.ANONYMOUS));
        assertThat(all()).filteredOn(e -> e.region().equals("kennemerland")).extracting(AccessLogEntry::traceId)
                .containsExactly("req-42");
    }

    @Test
    void answeredCallsAndPathsOutsideTheApiAreNotLoggedHere() {
        client().get().uri("/api/open").header("X-Test-User", "x").exchange().expectStatus().isOk();
        client().get().uri("/elsewhere").exchange().expectStatus().isNotFound();

        assertThat(mongo.count(new Query(), AccessLogEntry.class).block()).isZero();
    }

    @Test
    void aMalformedTraceparentFallsBackToARandomTraceId() {
        assertThat(RequestAudit.traceIdOf(headers("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01")))
                .hasSize(32).isNotEqualTo("0".repeat(32));
        assertThat(RequestAudit.traceIdOf(headers("X-Request-Id", "bad id with spaces"))).hasSize(32);
        assertThat(RequestAudit.traceIdOf(headers("X-Request-Id", "abc-123"))).isEqualTo("abc-123");
    }

    private static org.springframework.http.HttpHeaders headers(String name, String value) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.add(name, value);
        return headers;
    }

}
