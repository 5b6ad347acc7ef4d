package nl.mensenhandel.monitor.plateaus;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.monitor.sources.GatheredStatistics;
import nl.mensenhandel.monitor.sources.SourceResult;
import nl.mensenhandel.monitor.sources.StatisticsCount;
import nl.mensenhandel.monitor.sources.StatisticsSources;
import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;
import reactor.core.publisher.Mono;

/**
 * GET/PUT /api/monitor/plateaus/{code}/{year}: the configured criteria of the Zaanstreek-Waterland source with
 * stored answers, optimistic locking (409 on an older version), 400 for an unknown criterion, 404 for another
 * region's municipality, evidence from a fake statistics port (unavailable service: said so, never 0), notes
 * encrypted at rest. Each test its own year.
 */
class PlateauApiTest extends ApiTestSupport {

    @MockitoBean
    StatisticsSources statistics;

    @Autowired
    ReactiveMongoTemplate mongo;

    private static JwtMutator caller(String region, String role) {
        return TestJwts.user(role + "." + region, region, List.of(), role);
    }

    private static final JwtMutator REGISSEUR = caller("zaanstreek-waterland", "beleidsregisseur");

    @BeforeEach
    void signalServiceAnswersCareIsDown() {
        when(statistics.gather(anyString())).thenReturn(Mono.just(new GatheredStatistics("zaanstreek-waterland",
                List.of(new SourceResult("signal-service", true, Instant.now(), null, List.of(
                        new StatisticsCount("SIGNALS_UNIQUE", Map.of("municipalityCode", "GM0479", "year", "2041",
                                "form", "SEKSUEEL", "source", "WIJKTEAM", "quarter", "1"), 4)),
                        List.of(), Map.of()),
                        SourceResult.unavailable("care-coordination-service", "timeout"),
                        new SourceResult("enforcement-service", true, Instant.now(), null, List.of(), List.of(),
                                Map.of())))));
    }

    private WebTestClient.ResponseSpec put(JwtMutator who, String path, long version, String answers) {
        return api.mutateWith(who).put().uri("/api/monitor/plateaus/" + path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"version\":" + version + ",\"answers\":[" + answers + "]}")
                .exchange();
    }

    @Test
    void withoutAnswersEveryCriterionIsUnknownAtVersionZeroWithEvidence() {
        api.mutateWith(caller("zaanstreek-waterland", "monitor-lezer")).get()
                .uri("/api/monitor/plateaus/GM0479/2041").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.municipalityCode").isEqualTo("GM0479")
                .jsonPath("$.version").isEqualTo(0)
                .jsonPath("$.criteria.length()").isEqualTo(22)
                .jsonPath("$.criteria[*].answer").value(a -> assertThat((List<Object>) a).containsOnly("ONBEKEND"))
                .jsonPath("$.criteria[0].id").isEqualTo("beleidsmatige-basis-1a")
                .jsonPath("$.criteria[0].text").value(t -> assertThat((String) t)
                        .startsWith("De gemeente heeft het beleid voor mensenhandel ingebed"))
                .jsonPath("$.criteria[0].evidence").doesNotExist()
                .jsonPath("$.criteria[?(@.id == 'beleidsmatige-basis-1c')].evidence").value(e ->
                        assertThat((List<Object>) e).singleElement().asString()
                                .startsWith("4 signalen over Zaanstad ontvangen in 2041"))
                .jsonPath("$.criteria[?(@.id == 'ibp-zorgcoordinatie')].evidence")
                .isEqualTo(List.of("care-coordination-service niet bereikbaar: geen cijfer"))
                .jsonPath("$.criteria[?(@.id == 'bewustwording-1d')].evidence").value(e ->
                        assertThat((List<Object>) e).singleElement().asString().startsWith("0 integrale controles"))
                .jsonPath("$.criteria[?(@.id == 'ibp-opvang')].plateau").isEqualTo(List.of(0))
                .jsonPath("$.plateauReached.length()").isEqualTo(4)
                .jsonPath("$.plateauReached[*].plateau").value(p -> assertThat((List<Object>) p).containsOnly(0));
    }

    @Test
    void answersAreStoredWithOptimisticLockingAndPlateauReachedPerTheme() {
        String opvangJa = "{\"criterionId\":\"opvang-en-zorg-1a\",\"answer\":\"JA\"},"
                + "{\"criterionId\":\"opvang-en-zorg-1b\",\"answer\":\"JA\",\"note\":\"HVO Querido, afspraak met A. de Vries\"}";
        put(REGISSEUR, "GM0479/2042", 0, opvangJa).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.criteria[?(@.id == 'opvang-en-zorg-1b')].note")
                .isEqualTo(List.of("HVO Querido, afspraak met A. de Vries"))
                .jsonPath("$.plateauReached[?(@.theme == 'opvang-en-zorg')].plateau").isEqualTo(List.of(1))
                .jsonPath("$.plateauReached[?(@.theme == 'beleidsmatige-basis')].plateau").isEqualTo(List.of(0));

        // a second writer that read version 0 loses: 409, nothing changed
        put(REGISSEUR, "GM0479/2042", 0, "{\"criterionId\":\"ibp-beleid\",\"answer\":\"NEE\"}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:conflict");
        // on the current version the answers are replaced as a whole
        put(REGISSEUR, "GM0479/2042", 1, "{\"criterionId\":\"opvang-en-zorg-1a\",\"answer\":\"DEELS\"}")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.version").isEqualTo(2)
                .jsonPath("$.criteria[?(@.id == 'opvang-en-zorg-1b')].answer").isEqualTo(List.of("ONBEKEND"))
                .jsonPath("$.plateauReached[?(@.theme == 'opvang-en-zorg')].plateau").isEqualTo(List.of(0));
        put(REGISSEUR, "GM0479/2042", 1, "").expectStatus().isEqualTo(409);
        put(REGISSEUR, "GM0479/2042", 7, "").expectStatus().isEqualTo(409);

        // the note is encrypted at rest
        Document stored = mongo.getCollection("plateauAssessments")
                .flatMap(c -> Mono.from(c.find(new Document("_id", "zaanstreek-waterland|GM0479|2042")).first()))
                .block();
        assertThat(stored).isNotNull();
        assertThat(stored.toJson()).doesNotContain("de Vries");
        put(REGISSEUR, "GM0479/2043", 0, opvangJa).expectStatus().isOk();
        Document first = mongo.getCollection("plateauAssessments")
                .flatMap(c -> Mono.from(c.find(new Document("_id", "zaanstreek-waterland|GM0479|2043")).first()))
                .block();
        assertThat(first.toJson()).doesNotContain("de Vries").contains("opvang-en-zorg-1b");
        // a later version (a conditional replace) is sealed too, and reads back decrypted
        put(REGISSEUR, "GM0479/2043", 1, "{\"criterionId\":\"ibp-beleid\",\"answer\":\"JA\",\"note\":\"besproken met B. Jansen\"}")
                .expectStatus().isOk();
        Document second = mongo.getCollection("plateauAssessments")
                .flatMap(c -> Mono.from(c.find(new Document("_id", "zaanstreek-waterland|GM0479|2043")).first()))
                .block();
        assertThat(second.toJson()).doesNotContain("Jansen").contains("ibp-beleid");
        api.mutateWith(REGISSEUR).get().uri("/api/monitor/plateaus/GM0479/2043").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.version").isEqualTo(2)
                .jsonPath("$.criteria[?(@.id == 'ibp-beleid')].note").isEqualTo(List.of("besproken met B. Jansen"));
    }

    @Test
    void anUnknownCriterionAnswers400NamingIt() {
        put(REGISSEUR, "GM0479/2044", 0, "{\"criterionId\":\"ibp-beleid\",\"answer\":\"JA\"},"
                + "{\"criterionId\":\"plateau-9\",\"answer\":\"JA\"}")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("answers[1].criterionId")
                        .contains("plateau-9"));
        put(REGISSEUR, "GM0479/2044", 0, "{\"criterionId\":\"ibp-beleid\",\"answer\":\"JA\"},"
                + "{\"criterionId\":\"ibp-beleid\",\"answer\":\"NEE\"}")
                .expectStatus().isBadRequest();
        put(REGISSEUR, "GM0479/2044", 0, "{\"criterionId\":\"ibp-beleid\",\"answer\":\"MISSCHIEN\"}")
                .expectStatus().isBadRequest();
        api.mutateWith(REGISSEUR).get().uri("/api/monitor/plateaus/GM0479/2044").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void anotherRegionsMunicipalityIsNotFoundAndRolesAreChecked() {
        api.mutateWith(REGISSEUR).get().uri("/api/monitor/plateaus/GM0397/2041").exchange()
                .expectStatus().isNotFound();
        put(REGISSEUR, "GM0397/2041", 0, "").expectStatus().isNotFound();
        api.mutateWith(REGISSEUR).get().uri("/api/monitor/plateaus/GM9999/2041").exchange()
                .expectStatus().isNotFound();
        forbidden(put(caller("zaanstreek-waterland", "monitor-lezer"), "GM0479/2041", 0, ""));
        forbidden(api.mutateWith(caller("zaanstreek-waterland", "aandachtsfunctionaris")).get()
                .uri("/api/monitor/plateaus/GM0479/2041").exchange());
        unauthenticated(http.get().uri("/api/monitor/plateaus/GM0479/2041").exchange());
        api.mutateWith(REGISSEUR).get().uri("/api/monitor/plateaus/GM0479/1999").exchange()
                .expectStatus().isBadRequest();
    }
}
