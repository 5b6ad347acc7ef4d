package nl.mensenhandel.signal.regionalconfig;

import static nl.mensenhandel.signal.DemoUsers.AF_HEEMSTEDE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.TestJwts;
import nl.mensenhandel.signal.signal.Signal;

/**
 * Capability 3 of issue 7 (DOMAIN.md §9 "No extra meldpunt everywhere"): anonymous intake is a per-municipality
 * choice of the regio-beheerder; off by default; where it is off the resident is told where to report instead
 * and nothing is stored.
 */
@SpringBootTest
@ActiveProfiles(Secrets.LOCAL_PROFILE)
@SuppressWarnings("unchecked")
class MeldpuntApiTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();
    static final String CLOSED = "urn:mensenhandel:problem:anonymous-intake-closed";
    static final JwtMutator BEHEER_KENNEMERLAND = TestJwts.user("beheer.kennemerland", "kennemerland", List.of(),
            "regio-beheerder");
    static final JwtMutator BEHEER_ZAANSTREEK = TestJwts.user("beheer.zaanstreek", "zaanstreek-waterland",
            List.of(), "regio-beheerder");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    ReactiveMongoTemplate mongo;

    WebTestClient web;

    @BeforeEach
    void client() {
        web = TestJwts.client(context);
    }

    static Map<String, Object> heemstedesChoice() {
        return Map.of("anonymousIntake", false, "alternatives", List.of(
                Map.of("name", "Meld Misdaad Anoniem", "forWhat", "Anoniem melden", "phone", "0800-7000",
                        "url", "https://www.meldmisdaadanoniem.nl"),
                Map.of("name", "Politie", "forWhat", "Melden of aangifte doen", "phone", "0900-8844"),
                Map.of("name", "Gemeente Heemstede", "forWhat", "Melden bij de gemeente",
                        "email", "postbus-veiligheid@heemstede.nl")));
    }

    WebTestClient.ResponseSpec put(JwtMutator user, String municipality, Object body) {
        return web.mutateWith(user).put().uri("/api/signals/meldpunten/" + municipality)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec reportAnonymously(String municipality, String marker) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("municipalityCode", municipality);
        report.put("forms", List.of("ARBEID"));
        report.put("description", "Meldpunttest " + marker);
        report.put("observedAt", "2026-11-01T10:00:00Z");
        return web.post().uri("/api/public/anonymous-signals").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "meldpunt-" + marker).bodyValue(report).exchange();
    }

    long signalsIn(String municipality) {
        return mongo.count(new Query(Criteria.where("municipalityCode").is(municipality)), Signal.class).block();
    }

    @Test
    void aMunicipalityThatHasNotChosenTakesNoAnonymousReportsAndPointsToTheNationalPlaces() {
        web.get().uri("/api/public/meldpunten/GM0473").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.municipalityCode").isEqualTo("GM0473")
                .jsonPath("$.municipalityName").isEqualTo("Zandvoort")
                .jsonPath("$.anonymousIntake").isEqualTo(false)
                .jsonPath("$.alternatives[?(@.name == 'Meld Misdaad Anoniem')].phone").isEqualTo("0800-7000")
                .jsonPath("$.alternatives[?(@.name == 'Politie')].phone").isEqualTo("0900-8844")
                .jsonPath("$.alternatives[?(@.name == 'Nederlandse Arbeidsinspectie')].forWhat")
                .value(forWhat -> assertThat(forWhat.toString()).contains("Arbeidsuitbuiting"));

        reportAnonymously("GM0473", UUID.randomUUID().toString()).expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(CLOSED)
                .jsonPath("$.status").isEqualTo(422)
                .jsonPath("$.municipalityCode").isEqualTo("GM0473")
                .jsonPath("$.alternatives[0].name").isEqualTo("Meld Misdaad Anoniem");
        assertThat(signalsIn("GM0473")).as("nothing stored").isZero();
    }

    @Test
    void heemstedeHasNoExtraMeldpuntAResidentIsRefusedWithItsAlternativesAndNothingIsStored() {
        put(BEHEER_KENNEMERLAND, "GM0397", heemstedesChoice()).expectStatus().isOk().expectBody()
                .jsonPath("$.anonymousIntake").isEqualTo(false)
                .jsonPath("$.configured").isEqualTo(true)
                .jsonPath("$.alternatives.length()").isEqualTo(3);
        long before = signalsIn("GM0397");

        String marker = UUID.randomUUID().toString();
        reportAnonymously("GM0397", marker).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.type").isEqualTo(CLOSED)
                .jsonPath("$.municipalityCode").isEqualTo("GM0397")
                .jsonPath("$.alternatives[2].email").isEqualTo("postbus-veiligheid@heemstede.nl")
                .jsonPath("$.alternatives[0].phone").isEqualTo("0800-7000")
                .jsonPath("$.caseCode").doesNotExist()
                .jsonPath("$.secret").doesNotExist();
        assertThat(signalsIn("GM0397")).as("nothing stored").isEqualTo(before);

        web.get().uri("/api/public/meldpunten/GM0397").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.anonymousIntake").isEqualTo(false)
                .jsonPath("$.alternatives[1].name").isEqualTo("Politie")
                .jsonPath("$.configured").doesNotExist();
    }

    @Test
    void theRegioBeheerderOpensAnonymousIntakeAndThenAResidentCanReport() {
        put(BEHEER_KENNEMERLAND, "GM0392", Map.of("anonymousIntake", true)).expectStatus().isOk();
        web.get().uri("/api/public/meldpunten/GM0392").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.anonymousIntake").isEqualTo(true);

        reportAnonymously("GM0392", UUID.randomUUID().toString()).expectStatus().isCreated().expectBody()
                .jsonPath("$.caseCode").isNotEmpty()
                .jsonPath("$.secret").isNotEmpty();
    }

    @Test
    void closingLaterKeepsTheStatusCheckOfSignalsAlreadyReceived() {
        put(BEHEER_KENNEMERLAND, "GM0377", Map.of("anonymousIntake", true)).expectStatus().isOk();
        Map<?, ?> receipt = reportAnonymously("GM0377", UUID.randomUUID().toString()).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        put(BEHEER_KENNEMERLAND, "GM0377", heemstedesChoice()).expectStatus().isOk();

        reportAnonymously("GM0377", UUID.randomUUID().toString()).expectStatus().isEqualTo(422);
        web.post().uri("/api/public/signal-status").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("caseCode", receipt.get("caseCode"), "secret", receipt.get("secret")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ONTVANGEN");
    }

    @Test
    void onlyTheRegioBeheerderSetsItAndOnlyForTheMunicipalitiesOfItsOwnRegion() {
        put(AF_HEEMSTEDE, "GM0397", Map.of("anonymousIntake", true)).expectStatus().isForbidden();
        put(BEHEER_ZAANSTREEK, "GM0397", Map.of("anonymousIntake", true)).expectStatus().isNotFound();
        put(BEHEER_KENNEMERLAND, "GM9999", Map.of("anonymousIntake", true)).expectStatus().isNotFound();
        web.put().uri("/api/signals/meldpunten/GM0397").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("anonymousIntake", true)).exchange().expectStatus().isUnauthorized();

        web.mutateWith(AF_HEEMSTEDE).get().uri("/api/signals/meldpunten").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$[*].municipalityCode").value(codes -> assertThat((List<Object>) codes)
                        .containsExactly("GM0377", "GM0392", "GM0397", "GM0473"));
        web.mutateWith(BEHEER_ZAANSTREEK).get().uri("/api/signals/meldpunten").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$[*].municipalityCode").value(codes -> assertThat((List<Object>) codes)
                        .contains("GM0479").doesNotContain("GM0397"));
    }

    @Test
    void aClosedMeldpuntMustSayWhereToGoAndEveryPlaceMustBeReachable() {
        put(BEHEER_KENNEMERLAND, "GM0473", Map.of("anonymousIntake", false)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("alternatives");
        put(BEHEER_KENNEMERLAND, "GM0473", Map.of("anonymousIntake", false, "alternatives",
                List.of(Map.of("name", "Ergens", "forWhat", "iets")))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("alternatives[0]");
        put(BEHEER_KENNEMERLAND, "GM0473", Map.of("anonymousIntake", false, "alternatives",
                List.of(Map.of("name", "Ergens", "forWhat", "iets", "url", "http://plain.example"))))
                .expectStatus().isBadRequest();
        put(BEHEER_KENNEMERLAND, "GM0473", Map.of("alternatives", List.of())).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("anonymousIntake");
    }

    @Test
    void aMunicipalityThisPlatformDoesNotServeIsNotFoundAndAnUnknownOneIsRefusedByIntake() {
        web.get().uri("/api/public/meldpunten/GM0363").exchange().expectStatus().isNotFound();
        web.get().uri("/api/public/meldpunten/amsterdam").exchange().expectStatus().isBadRequest();
        reportAnonymously("GM0363", UUID.randomUUID().toString()).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("municipalityCode");
    }
}
