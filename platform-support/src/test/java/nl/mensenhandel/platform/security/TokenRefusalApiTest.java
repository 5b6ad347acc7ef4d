package nl.mensenhandel.platform.security;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.mensenhandel.platform.testing.ProblemAssertions;

/**
 * Over HTTP, through the platform's security chain: a correctly signed token without {@code sub}, or whose
 * municipalities are not all of its region, is answered 401 problem details like any invalid token
 * (issue 6 §2), while the same token with sound claims passes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = TokenRefusalApiTest.Probe.class,
        // the store is never touched; a database name lets the (lazy) Mongo auto-configuration start
        properties = "spring.mongodb.database=probe")
class TokenRefusalApiTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @RestController
    static class Probe {

        @GetMapping("/api/probe")
        String probe() {
            return "ok";
        }

        /** The platform's decoder, trusting the local test key instead of Keycloak's JWKS. */
        @Bean
        ReactiveJwtDecoder platformJwtDecoder() {
            return LocalSigningKey.platformDecoder();
        }
    }

    @LocalServerPort
    int port;

    WebTestClient http;

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    private WebTestClient.ResponseSpec probe(String token) {
        return http.get().uri("/api/probe").header("Authorization", "Bearer " + token).exchange();
    }

    @Test
    void aSoundTokenPasses() {
        probe(LocalSigningKey.token(c -> { })).expectStatus().isOk();
    }

    @Test
    void aTokenWithoutSubjectIs401Problem() {
        ProblemAssertions.unauthenticated(probe(LocalSigningKey.token(c -> c.subject(null))));
    }

    @Test
    void aTokenWithAMunicipalityOfAnotherRegionIs401Problem() {
        ProblemAssertions.unauthenticated(probe(LocalSigningKey.token(c -> c.claim("municipalities", List.of("GM0397")))));
    }

    @Test
    void aTokenWithAnUnknownMunicipalityIs401Problem() {
        ProblemAssertions.unauthenticated(probe(LocalSigningKey.token(c -> c.claim("municipalities", List.of("GM9999")))));
    }
}
