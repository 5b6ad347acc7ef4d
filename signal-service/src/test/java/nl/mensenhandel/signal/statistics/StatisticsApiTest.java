package nl.mensenhandel.signal.statistics;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.TestPropertySource;

import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;
import nl.mensenhandel.signal.links.SignalLinkQueries;
import nl.mensenhandel.signal.signal.ExploitationForm;
import nl.mensenhandel.signal.signal.SignalEncryption;
import nl.mensenhandel.signal.signal.Gender;
import nl.mensenhandel.signal.signal.Person;
import nl.mensenhandel.signal.signal.PersonRole;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SignalStatus;
import nl.mensenhandel.signal.signal.SourceType;
import nl.mensenhandel.signal.signal.TransitionRecord;

/**
 * getSignalStatistics end to end on the embedded store: only the listed service account reads (a user token and an
 * unlisted account 403, no token 401, an unknown region 400); the counts come from the region's snapshot, read
 * with a projection (the nationality decrypted, stored encrypted), and the snapshot is counted again only when the
 * region's signals changed. The periodic refresh is off: the test drives it. One signal per page, so every count
 * crosses pages.
 */
@TestPropertySource(properties = {"signal.statistics.enabled=false", "signal.statistics.page-size=1",
    "signal.statistics-clients=monitor-service,audit-service"})
class StatisticsApiTest extends ApiTestSupport {

    static final String REGION = "rotterdam";
    static final String PATH = "/api/signals/statistics?region=";
    static final JwtMutator MONITOR = TestJwts.serviceAccount("monitor-service");

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    StatisticsSnapshots snapshots;

    @Autowired
    SignalLinkQueries links;

    @Autowired
    SignalEncryption encryption;

    @Autowired
    SignalWrites writes;

    @BeforeEach
    void emptyRegion() {
        mongo.remove(new Query(Criteria.where("region").is(REGION)), "signals").block();
        mongo.remove(new Query(Criteria.where("_id").is(REGION)), StatisticsSnapshot.class).block();
    }

    String stored(String municipality, Set<ExploitationForm> forms, List<Person> persons) {
        String id = UUID.randomUUID().toString();
        Instant received = Instant.parse("2024-07-01T08:00:00Z");
        mongo.insert(Signal.builder().id(id).region(REGION).municipalityCode(municipality)
                .visibleTo(List.of(municipality)).readableByRegions(List.of(REGION)).forms(forms)
                .sourceType(SourceType.KETENPARTNER).status(SignalStatus.AFGESLOTEN).persons(persons)
                .history(List.of(new TransitionRecord(SignalStatus.ONTVANGEN, SignalStatus.AFGESLOTEN,
                        received.plusSeconds(2 * 86_400), "af", "klaar", null, null)))
                .createdAt(received).updatedAt(received).build()).block();
        return id;
    }

    static Person victim(String nationality) {
        return new Person(PersonRole.MOGELIJK_SLACHTOFFER, null, 1990, nationality, Gender.VROUW, null, null);
    }

    Map<?, ?> read() {
        return api.mutateWith(MONITOR).get().uri(PATH + REGION).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    static long total(Map<?, ?> statistics, String measure) {
        return ((List<?>) statistics.get("cells")).stream().map(Map.class::cast)
                .filter(c -> measure.equals(c.get("measure"))).mapToLong(c -> ((Number) c.get("count")).longValue())
                .sum();
    }

    @Test
    void onlyTheListedServiceAccountsRead() {
        unauthenticated(http.get().uri(PATH + REGION).exchange());
        forbidden(api.mutateWith(TestJwts.user("regisseur.rotterdam", REGION, List.of("GM0599"), "beleidsregisseur",
                "monitor-lezer")).get().uri(PATH + REGION).exchange());
        forbidden(api.mutateWith(TestJwts.serviceAccount("enforcement-service")).get().uri(PATH + REGION)
                .exchange());
        api.mutateWith(TestJwts.serviceAccount("audit-service")).get().uri(PATH + REGION).exchange().expectStatus()
                .isOk();
        api.mutateWith(MONITOR).get().uri(PATH + REGION).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.region").isEqualTo(REGION)
                .jsonPath("$.definitions[?(@.measure == 'SIGNALS_RAW')].definition").exists();
    }

    @Test
    void aRegionThePlatformDoesNotServeIs400NamingIt() {
        api.mutateWith(MONITOR).get().uri(PATH + "atlantis").exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("region");
        api.mutateWith(MONITOR).get().uri(PATH + "Not_A_Region").exchange().expectStatus().isBadRequest();
        api.mutateWith(MONITOR).get().uri("/api/signals/statistics").exchange().expectStatus().isBadRequest();
    }

    @Test
    void theCountsComeFromTheSnapshotWithTheNationalityDecryptedForItsGroup() {
        String id = stored("GM0599", Set.of(ExploitationForm.ARBEID, ExploitationForm.SEKSUEEL),
                List.of(victim("BGR"), new Person(PersonRole.MOGELIJKE_DADER, null, 1970, "NLD", Gender.MAN, null,
                        null)));
        stored("GM0502", Set.of(), List.of(victim("NLD")));
        Document raw = mongo.findOne(new Query(Criteria.where("_id").is(id)), Document.class, "signals").block();
        assertThat(raw.getList("persons", Document.class).getFirst().getString("nationality")).startsWith("enc:v1:");

        Map<?, ?> statistics = read();
        assertThat(total(statistics, "SIGNALS_RAW")).isEqualTo(3);
        assertThat(total(statistics, "SIGNALS_UNIQUE")).isEqualTo(3);
        assertThat(total(statistics, "POSSIBLE_VICTIMS")).isEqualTo(3);
        assertThat(statistics.get("cells").toString())
                .contains("nationalityGroup=EU").contains("nationalityGroup=NL").doesNotContain("BGR")
                .contains("form=ONBEKEND").contains("municipalityCode=GM0502").contains("quarter=3");
        assertThat(statistics.get("durations").toString()).contains("medianDays=2.0");
    }

    @Test
    void theSnapshotIsCountedAgainOnlyWhenTheRegionChanged() {
        stored("GM0599", Set.of(ExploitationForm.ARBEID), List.of());
        assertThat(total(read(), "SIGNALS_RAW")).isEqualTo(1);
        assertThat(snapshots.refreshChanged(List.of(REGION)).collectList().block()).isEmpty();

        stored("GM0599", Set.of(ExploitationForm.CRIMINEEL), List.of());
        // the snapshot answers until it is refreshed
        assertThat(total(read(), "SIGNALS_RAW")).isEqualTo(1);
        assertThat(snapshots.refreshChanged(List.of(REGION)).collectList().block()).containsExactly(REGION);
        assertThat(total(read(), "SIGNALS_RAW")).isEqualTo(2);
        assertThat(snapshots.refreshChanged(List.of(REGION)).collectList().block()).isEmpty();
    }

    /**
     * The first check is two counts and this instance's writes: while nothing was written, no region's fingerprint
     * is even computed; a write (here an insert through this service's client) makes it look again.
     */
    @Test
    void withoutAWriteNoRegionIsLookedAt() {
        AtomicInteger looked = new AtomicInteger();
        SignalStatisticsSource counting = new SignalStatisticsSource(mongo, links, encryption, 2) {
            @Override
            public reactor.core.publisher.Mono<Map<String, String>> fingerprints() {
                looked.incrementAndGet();
                return super.fingerprints();
            }
        };
        StatisticsSnapshots checked = new StatisticsSnapshots(mongo, counting, writes, Clock.systemUTC());
        checked.refreshChanged(List.of(REGION)).blockLast();
        assertThat(looked).hasValue(1);
        assertThat(checked.refreshChanged(List.of(REGION)).collectList().block()).isEmpty();
        assertThat(looked).hasValue(1);

        long before = writes.count();
        stored("GM0599", Set.of(ExploitationForm.ORGAAN), List.of());
        assertThat(writes.count()).isGreaterThan(before);
        assertThat(checked.refreshChanged(List.of(REGION)).collectList().block()).containsExactly(REGION);
        assertThat(looked).hasValue(2);
    }

    /** A region without a snapshot is counted once however many ask at the same moment, and then stored. */
    @Test
    void concurrentFirstQuestionsShareOneCount() {
        stored("GM0599", Set.of(ExploitationForm.ARBEID), List.of());
        AtomicInteger counted = new AtomicInteger();
        SignalStatisticsSource counting = new SignalStatisticsSource(mongo, links, encryption, 1) {
            @Override
            public reactor.core.publisher.Mono<nl.mensenhandel.platform.statistics.StatisticsTable> count(
                    String region, Instant asOf) {
                counted.incrementAndGet();
                return super.count(region, asOf);
            }
        };
        StatisticsSnapshots first = new StatisticsSnapshots(mongo, counting, writes, Clock.systemUTC());
        var both = reactor.core.publisher.Mono.zip(first.current(REGION), first.current(REGION)).block();
        assertThat(both.getT1().cells()).isEqualTo(both.getT2().cells()).isNotEmpty();
        assertThat(counted).hasValue(1);
        assertThat(mongo.findById(REGION, StatisticsSnapshot.class).block()).isNotNull();
        first.current(REGION).block();
        assertThat(counted).hasValue(1);
    }
}
