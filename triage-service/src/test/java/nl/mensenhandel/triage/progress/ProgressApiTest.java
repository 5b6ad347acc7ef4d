package nl.mensenhandel.triage.progress;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.triage.progress.ProgressFixtures.casus;
import static nl.mensenhandel.triage.progress.ProgressFixtures.decision;
import static nl.mensenhandel.triage.progress.ProgressFixtures.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.crypto.FieldEncryption;
import nl.mensenhandel.platform.outbox.OutboxDispatcher;
import nl.mensenhandel.platform.outbox.OutboxEntry;
import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.InboxStub;
import nl.mensenhandel.platform.testing.MutableClock;
import nl.mensenhandel.platform.testing.TestJwts;
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.CasusStatus;
import nl.mensenhandel.triage.cases.Track;
import nl.mensenhandel.triage.cases.Track.Regiehouder;
import nl.mensenhandel.triage.cases.Track.TrackStatus;
import nl.mensenhandel.triage.cases.Track.TrackType;
import nl.mensenhandel.triage.tables.TriageConfiguration;
import nl.mensenhandel.triage.tables.StoredTriageConfigurations;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Progress monitoring (issue 8 §8): the overdue job with a fixed clock (notifies once, escalates once after the
 * region's days, never twice), the table's view of tracks (filters, need to know), escalation by the table or the
 * AF (idempotent), and the figures for the monitor — over casussen with decisions and tracks written straight into
 * the store.
 */
@TestPropertySource(properties = { "platform.outbox.enabled=false", "triage.progress.enabled=false" })
class ProgressApiTest extends ApiTestSupport {

    static final String REGION = "zaanstreek-waterland";
    static final String ZAANSTAD = "GM0479";
    static final String PURMEREND = "GM0439";
    /** 10:00 in Amsterdam on 23 November 2026. */
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final int ESCALATE_AFTER_DAYS = 14;
    @RegisterExtension
    static final InboxStub INBOX = new InboxStub();

    @TestConfiguration
    static class FixedClock {
        static final MutableClock CLOCK = new MutableClock(NOW);

        @Bean
        Clock clock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void inbox(DynamicPropertyRegistry registry) {
        INBOX.register(registry);
    }

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    OverdueTracks overdueTracks;

    @Autowired
    OutboxDispatcher dispatcher;

    @MockitoBean
    StoredTriageConfigurations configurations;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        for (String collection : List.of("cases", "idempotency_keys", "access_log")) {
            mongo.remove(new Query(), collection).block();
        }
        FixedClock.CLOCK.advance(Duration.between(FixedClock.CLOCK.instant(), NOW));
        INBOX.up();
        when(configurations.of(anyString())).thenAnswer(call -> Mono.just(new TriageConfiguration(
                call.getArgument(0), List.of(), List.of(), false, ESCALATE_AFTER_DAYS, false, null)));
    }

    // --- the overdue job ---

    @Test
    void anOverdueTrackIsNotifiedToItsRegiehouderOnceAndEscalatedOnceAfterTheRegionsDays() {
        Track late = track(TrackType.ZORGTRAJECT, TrackStatus.LOPEND, TODAY.minusDays(3), NOW.minus(Duration.ofDays(20)),
                new Regiehouder(Regiehouder.Kind.ZORGCOORDINATOR, "Zorgcoördinatie Zaanstreek", null), "d1");
        Track notYet = track(TrackType.INTEGRALE_CONTROLE, TrackStatus.GEOPEND, TODAY.plusDays(20), NOW,
                new Regiehouder(Regiehouder.Kind.HANDHAVING, "Gemeente Zaanstad", null), "d1");
        Track ended = track(TrackType.MEER_INFORMATIE, TrackStatus.AFGEROND, TODAY.minusDays(60), NOW,
                new Regiehouder(Regiehouder.Kind.AANDACHTSFUNCTIONARIS, "Gemeente Zaanstad", null), "d1");
        Casus casus = insert(casus(REGION, List.of(ZAANSTAD), CasusStatus.SPOREN_LOPEN, List.of(),
                List.of(late, notYet, ended), NOW.minus(Duration.ofDays(30)), "ZW-2026-0001"));

        assertThat(overdueTracks.checkOnce().block()).isEqualTo(new OverdueTracks.Check(1, 0));
        Document stored = stored(casus.id());
        assertThat(trackDoc(stored, 0).getDate("overdueNotifiedAt").toInstant()).isEqualTo(NOW);
        assertThat(trackDoc(stored, 1).get("overdueNotifiedAt")).isNull();
        assertThat(trackDoc(stored, 2).get("overdueNotifiedAt")).isNull();
        assertThat(entries(stored)).extracting(OutboxEntry::id).containsExactly(late.id() + ":overdue");
        assertThat(stored.getLong("version")).isEqualTo(1);

        // never twice: the next checks, also days later (within the region's days), do nothing
        assertThat(overdueTracks.checkOnce().block()).isEqualTo(new OverdueTracks.Check(0, 0));
        FixedClock.CLOCK.advance(Duration.ofDays(ESCALATE_AFTER_DAYS - 3));
        assertThat(overdueTracks.checkOnce().block()).isEqualTo(new OverdueTracks.Check(0, 0));

        // overdue longer than the region's days: escalated to the beleidsregisseur, once
        FixedClock.CLOCK.advance(Duration.ofDays(1));
        assertThat(overdueTracks.checkOnce().block()).isEqualTo(new OverdueTracks.Check(0, 1));
        stored = stored(casus.id());
        assertThat(trackDoc(stored, 0).get("escalatedAt")).isNotNull();
        List<Document> escalations = stored.getList("escalations", Document.class);
        assertThat(escalations).hasSize(1);
        assertThat(escalations.getFirst().getBoolean("automatic")).isTrue();
        assertThat(escalations.getFirst().getString("reason")).startsWith(FieldEncryption.PREFIX);
        assertThat(escalations.getFirst().toJson()).doesNotContain("dagen");
        // read through the casus: the reason names the track type and the days, nothing personal
        Casus read = mongo.findById(casus.id(), Casus.class).block();
        assertThat(read.escalations()).singleElement().satisfies(e -> {
            assertThat(e.reason()).contains("ZORGTRAJECT").contains("15 dagen");
            assertThat(e.automatic()).isTrue();
        });
        FixedClock.CLOCK.advance(Duration.ofDays(30));
        // the other track, 22 days late by now: notified and escalated in one go
        assertThat(overdueTracks.checkOnce().block()).isEqualTo(new OverdueTracks.Check(1, 1));
        FixedClock.CLOCK.advance(Duration.ofDays(30));
        assertThat(overdueTracks.checkOnce().block()).isEqualTo(new OverdueTracks.Check(0, 0));
        assertThat(stored(casus.id()).getList("escalations", Document.class)).hasSize(2);

        // delivered to the inbox: each to its own audience, no names, no details
        assertThat(dispatcher.dispatchNow("cases", casus.id()).block().delivered()).isEqualTo(4);
        List<String> posted = new ArrayList<>();
        INBOX.posted().forEach(request -> {
            assertThat(request.getBodyAsString()).doesNotContain("Jansen").doesNotContain("nagelstudio");
            JsonNode body = json.readTree(request.getBodyAsString());
            JsonNode audience = body.get("audience").get(0);
            posted.add(body.get("kind").asString() + " → " + audience.get("role").asString()
                    + (audience.get("municipalityCode").isNull() ? "" : "@" + audience.get("municipalityCode").asString()));
        });
        assertThat(posted).containsExactlyInAnyOrder("SPOOR_TE_LAAT → zorgcoordinator", "SPOOR_TE_LAAT → handhaver@" + ZAANSTAD,
                "CASUS_GEESCALEERD → beleidsregisseur", "CASUS_GEESCALEERD → beleidsregisseur");
    }

    @Test
    void aCasusChangedMeanwhileIsLeftForTheNextCheck() {
        Track late = track(TrackType.RIEC, TrackStatus.LOPEND, TODAY.minusDays(1), NOW, null, "d1");
        Casus casus = insert(casus(REGION, List.of(ZAANSTAD), CasusStatus.SPOREN_LOPEN, List.of(), List.of(late), NOW,
                "ZW-2026-0002"));
        // two checks at once (two instances): the casus is changed by one only
        List<OverdueTracks.Check> checks = Mono.zip(overdueTracks.checkOnce(), overdueTracks.checkOnce())
                .map(both -> List.of(both.getT1(), both.getT2())).block();
        assertThat(checks.stream().mapToInt(OverdueTracks.Check::notified).sum()).isEqualTo(1);
        assertThat(entries(stored(casus.id()))).hasSize(1);
    }

    // --- listTracks ---

    @Test
    void theTableSeesEveryOpenTrackOfItsRegionOldestDueDateFirstWithAgeAndOverdueFlag() {
        Track overdue = track(TrackType.ZORGTRAJECT, TrackStatus.LOPEND, TODAY.minusDays(2),
                NOW.minus(Duration.ofDays(10)), new Regiehouder(Regiehouder.Kind.ZORGCOORDINATOR, "ZC", null), "d1");
        Track later = track(TrackType.INTEGRALE_CONTROLE, TrackStatus.GEOPEND, TODAY.plusDays(7), NOW,
                new Regiehouder(Regiehouder.Kind.HANDHAVING, "Gemeente Zaanstad", "handhaver.zaanstad"), "d1");
        Track done = track(TrackType.MEER_INFORMATIE, TrackStatus.AFGEROND, TODAY.minusDays(20), NOW, null, "d1");
        Casus zaanstad = insert(casus(REGION, List.of(ZAANSTAD), CasusStatus.SPOREN_LOPEN, List.of(),
                List.of(later, overdue, done), NOW, "ZW-2026-0003"));
        Track purmerendTrack = track(TrackType.RIEC, TrackStatus.LOPEND, TODAY.plusDays(1), NOW,
                new Regiehouder(Regiehouder.Kind.RIEC, "RIEC Noord-Holland", null), "d2");
        insert(casus(REGION, List.of(PURMEREND), CasusStatus.SPOREN_LOPEN, List.of(), List.of(purmerendTrack), NOW,
                "ZW-2026-0004"));
        insert(casus("kennemerland", List.of("GM0397"), CasusStatus.SPOREN_LOPEN, List.of(),
                List.of(track(TrackType.RIEC, TrackStatus.LOPEND, TODAY.minusDays(5), NOW, null, "d3")), NOW,
                "KL-2026-0001"));

        tracks(user("casustafel.test", List.of(), "casustafel"), "").expectStatus().isOk().expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(3)
                .jsonPath("$.items[0].trackId").isEqualTo(overdue.id())
                .jsonPath("$.items[0].caseId").isEqualTo(zaanstad.id())
                .jsonPath("$.items[0].caseReference").isEqualTo("ZW-2026-0003")
                .jsonPath("$.items[0].overdue").isEqualTo(true)
                .jsonPath("$.items[0].ageDays").isEqualTo(10)
                .jsonPath("$.items[0].dueDate").isEqualTo(TODAY.minusDays(2).toString())
                .jsonPath("$.items[0].regiehouder.kind").isEqualTo("ZORGCOORDINATOR")
                .jsonPath("$.items[0].details").doesNotExist()
                .jsonPath("$.items[1].trackId").isEqualTo(purmerendTrack.id())
                .jsonPath("$.items[1].overdue").isEqualTo(false)
                .jsonPath("$.items[2].trackId").isEqualTo(later.id())
                .jsonPath("$.items[2].regiehouder.username").isEqualTo("handhaver.zaanstad");
        // filters
        tracks(user("regisseur.test", List.of(), "beleidsregisseur"), "?overdue=true").expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].trackId").isEqualTo(overdue.id());
        tracks(user("casustafel.test", List.of(), "casustafel"), "?status=AFGEROND").expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].trackId").isEqualTo(done.id())
                .jsonPath("$.items[0].overdue").isEqualTo(false);
        tracks(user("casustafel.test", List.of(), "casustafel"), "?size=1&page=1").expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].trackId").isEqualTo(purmerendTrack.id())
                .jsonPath("$.page.totalPages").isEqualTo(3);
        tracks(user("casustafel.test", List.of(), "casustafel"), "?status=NOPE").expectStatus().isBadRequest();
        // every list is access-logged
        assertThat(mongo.count(new Query(Criteria.where("resourceType").is("track")), "access_log").block())
                .isGreaterThanOrEqualTo(4);
    }

    /** Need to know: an AF sees only the tracks of the casussen of their municipalities; other roles 403. */
    @Test
    void anAfSeesOnlyTheTracksOfTheirMunicipalities() {
        Track zaanstadTrack = track(TrackType.ZORGTRAJECT, TrackStatus.LOPEND, TODAY, NOW, null, "d1");
        insert(casus(REGION, List.of(ZAANSTAD), CasusStatus.SPOREN_LOPEN, List.of(), List.of(zaanstadTrack), NOW,
                "ZW-2026-0005"));
        insert(casus(REGION, List.of(PURMEREND), CasusStatus.SPOREN_LOPEN, List.of(),
                List.of(track(TrackType.RIEC, TrackStatus.LOPEND, TODAY, NOW, null, "d2")), NOW, "ZW-2026-0006"));

        tracks(user("af.zaanstad.test", List.of(ZAANSTAD), "aandachtsfunctionaris"), "").expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].trackId").isEqualTo(zaanstadTrack.id());
        for (String role : List.of("melder", "zorgcoordinator", "handhaver", "monitor-lezer", "regio-beheerder")) {
            forbidden(tracks(user(role + ".test", List.of(ZAANSTAD), role), ""));
        }
    }

    // --- escalateCase ---

    @Test
    void theTableEscalatesACasusOnceWithItsReasonAndTheBeleidsregisseursAreNotified() {
        Casus casus = insert(casus(REGION, List.of(ZAANSTAD), CasusStatus.SPOREN_LOPEN, List.of(), List.of(), NOW,
                "ZW-2026-0007"));
        String reason = "De opvang voor mevrouw Jansen komt al weken niet rond";
        Map<?, ?> first = escalate(user("casustafel.test", List.of(), "casustafel"), casus.id(), reason, "esc-1")
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(first.get("caseId")).isEqualTo(casus.id());
        assertThat(first.get("reason")).isEqualTo(reason);
        assertThat(first.get("automatic")).isEqualTo(false);
        // a retry: the same escalation, nothing new
        escalate(user("casustafel.test", List.of(), "casustafel"), casus.id(), reason, "esc-1")
                .expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(first.get("id"));
        Document stored = stored(casus.id());
        assertThat(stored.getList("escalations", Document.class)).hasSize(1);
        assertThat(stored.getList("escalations", Document.class).getFirst().getString("reason"))
                .startsWith(FieldEncryption.PREFIX);
        assertThat(stored.toJson()).doesNotContain("opvang voor mevrouw Jansen");
        assertThat(entries(stored)).extracting(OutboxEntry::id).containsExactly(first.get("id") + ":escalation");

        assertThat(dispatcher.dispatchNow("cases", casus.id()).block().delivered()).isEqualTo(1);
        assertThat(INBOX.posted()).singleElement().satisfies(posted -> {
            JsonNode body = json.readTree(posted.getBodyAsString());
            assertThat(body.get("kind").asString()).isEqualTo("CASUS_GEESCALEERD");
            assertThat(body.get("audience").get(0).get("role").asString()).isEqualTo("beleidsregisseur");
            assertThat(body.get("message").asString()).contains("ZW-2026-0007");
            assertThat(posted.getBodyAsString()).doesNotContain("Jansen");
        });
    }

    @Test
    void anAfEscalatesOnlyCasussenOfTheirMunicipalitiesAndOtherRegionsAre404() {
        Casus purmerend = insert(casus(REGION, List.of(PURMEREND), CasusStatus.SPOREN_LOPEN, List.of(), List.of(), NOW,
                "ZW-2026-0008"));
        Casus heemstede = insert(casus("kennemerland", List.of("GM0397"), CasusStatus.SPOREN_LOPEN, List.of(),
                List.of(), NOW, "KL-2026-0002"));
        escalate(user("af.zaanstad.test", List.of(ZAANSTAD), "aandachtsfunctionaris"), purmerend.id(), "Loopt vast",
                null).expectStatus().isNotFound();
        escalate(user("af.purmerend.test", List.of(PURMEREND), "aandachtsfunctionaris"), purmerend.id(), "Loopt vast",
                null).expectStatus().isCreated();
        escalate(user("casustafel.test", List.of(), "casustafel"), heemstede.id(), "Loopt vast", null)
                .expectStatus().isNotFound();
        escalate(user("casustafel.test", List.of(), "casustafel"), UUID.randomUUID().toString(), "Loopt vast", null)
                .expectStatus().isNotFound();
        // a key used for one casus, reused on another region's casus: 404 as without the key, not 409
        escalate(user("casustafel.test", List.of(), "casustafel"), purmerend.id(), "Loopt vast", "esc-reused")
                .expectStatus().isCreated();
        escalate(user("casustafel.test", List.of(), "casustafel"), heemstede.id(), "Loopt vast", "esc-reused")
                .expectStatus().isNotFound();
        for (String role : List.of("beleidsregisseur", "melder", "zorgcoordinator", "monitor-lezer")) {
            forbidden(escalate(user(role + ".test", List.of(PURMEREND), role), purmerend.id(), "Loopt vast", null));
        }
        assertThat(stored(heemstede.id()).getList("escalations", Document.class)).isEmpty();
    }

    /** Rule closed-case-not-escalated. */
    @Test
    void aClosedCasusIsNotEscalated() {
        Casus closed = insert(casus(REGION, List.of(ZAANSTAD), CasusStatus.AFGESLOTEN, List.of(), List.of(), NOW,
                "ZW-2026-0009"));
        escalate(user("casustafel.test", List.of(), "casustafel"), closed.id(), "Loopt vast", null)
                .expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:illegal-transition");
    }

    // --- figures ---

    @Test
    void theFiguresCountCasussenDecisionsTracksOverdueAndEscalationsOfTheRegionOnly() {
        Track care = track(TrackType.ZORGTRAJECT, TrackStatus.LOPEND, TODAY.minusDays(1), NOW, null, "dec-a");
        Track inspection = track(TrackType.INTEGRALE_CONTROLE, TrackStatus.AFGEROND, TODAY.minusDays(9), NOW, null,
                "dec-a");
        Track riec1 = track(TrackType.RIEC, TrackStatus.GEOPEND, TODAY.plusDays(3), NOW, null, "dec-b");
        Track riec2 = track(TrackType.RIEC, TrackStatus.GEOPEND, TODAY.minusDays(4), NOW, null, "dec-b");
        insert(casus(REGION, List.of(ZAANSTAD), CasusStatus.SPOREN_LOPEN,
                List.of(decision("dec-next", true, List.of(), NOW), decision("dec-a", false, List.of(care, inspection), NOW)),
                List.of(care, inspection), NOW, "ZW-2026-0010"));
        insert(casus(REGION, List.of(PURMEREND), CasusStatus.SPOREN_LOPEN,
                List.of(decision("dec-b", false, List.of(riec1, riec2), NOW)), List.of(riec1, riec2), NOW,
                "ZW-2026-0011"));
        insert(casus(REGION, List.of(ZAANSTAD), CasusStatus.AANGEMELD, List.of(), List.of(), NOW, "ZW-2026-0012"));
        insert(casus("kennemerland", List.of("GM0397"), CasusStatus.AANGEMELD,
                List.of(decision("dec-k", true, List.of(), NOW)),
                List.of(track(TrackType.RIEC, TrackStatus.LOPEND, TODAY.minusDays(5), NOW, null, "dec-k")), NOW,
                "KL-2026-0003"));
        Casus escalated = insert(casus(REGION, List.of(ZAANSTAD), CasusStatus.AANGEMELD, List.of(), List.of(), NOW,
                "ZW-2026-0013"));
        escalate(user("casustafel.test", List.of(), "casustafel"), escalated.id(), "Loopt vast", null)
                .expectStatus().isCreated();

        String answer = api.mutateWith(user("monitor.test", List.of(), "monitor-lezer")).get().uri("/api/triage/figures")
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        JsonNode figures = json.readTree(answer);
        assertThat(figures.get("region").asString()).isEqualTo(REGION);
        assertThat(counts(figures.get("cases"))).isEqualTo(Map.of("SPOREN_LOPEN", 2L, "AANGEMELD", 2L));
        // dec-b opened two RIEC tracks: counted once as RIEC
        assertThat(counts(figures.get("decisions"))).isEqualTo(
                Map.of("NEXT_STEP", 1L, "ZORGTRAJECT", 1L, "INTEGRALE_CONTROLE", 1L, "RIEC", 1L));
        assertThat(counts(figures.get("tracks"))).isEqualTo(Map.of("ZORGTRAJECT/LOPEND", 1L,
                "INTEGRALE_CONTROLE/AFGEROND", 1L, "RIEC/GEOPEND", 2L));
        assertThat(figures.get("overdueTracks").asLong()).isEqualTo(2); // care and riec2; the inspection has ended
        assertThat(figures.get("escalations").asLong()).isEqualTo(1);
        assertThat(answer).doesNotContain("Jansen").doesNotContain("ZW-2026");

        api.mutateWith(user("regisseur.test", List.of(), "beleidsregisseur")).get().uri("/api/triage/figures")
                .exchange().expectStatus().isOk();
        for (String role : List.of("casustafel", "aandachtsfunctionaris", "zorgcoordinator", "melder")) {
            forbidden(api.mutateWith(user(role + ".test", List.of(ZAANSTAD), role)).get().uri("/api/triage/figures")
                    .exchange());
        }
    }

    // --- helpers ---

    private static Map<String, Long> counts(JsonNode counts) {
        Map<String, Long> result = new java.util.HashMap<>();
        counts.forEach(count -> result.put(count.get("key").asString(), count.get("count").asLong()));
        return result;
    }

    private Casus insert(Casus casus) {
        return mongo.insert(casus).block();
    }

    private Document stored(String id) {
        return mongo.findOne(new Query(Criteria.where("_id").is(id)), Document.class, "cases").block();
    }

    private static Document trackDoc(Document casus, int index) {
        return casus.getList("tracks", Document.class).get(index);
    }

    private static List<OutboxEntry> entries(Document casus) {
        return casus.getList("outbox", Document.class, List.of()).stream().map(OutboxEntry::fromDocument).toList();
    }

    private WebTestClient.ResponseSpec tracks(JwtMutator caller, String query) {
        return api.mutateWith(caller).get().uri("/api/triage/tracks" + query).exchange();
    }

    private WebTestClient.ResponseSpec escalate(JwtMutator caller, String caseId, String reason, String key) {
        WebTestClient.RequestBodySpec request = api.mutateWith(caller).post()
                .uri("/api/cases/" + caseId + "/escalations").contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.bodyValue(Map.of("reason", reason)).exchange();
    }

    private static JwtMutator user(String name, List<String> municipalities, String role) {
        return TestJwts.user(name, REGION, municipalities, role);
    }
}
