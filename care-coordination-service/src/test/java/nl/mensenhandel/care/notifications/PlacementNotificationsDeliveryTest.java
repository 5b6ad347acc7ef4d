package nl.mensenhandel.care.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import nl.mensenhandel.care.placements.DeclineReason;
import nl.mensenhandel.care.placements.Placement;
import nl.mensenhandel.care.requests.EmergencyHousingNotification;
import nl.mensenhandel.care.requests.EmergencyHousingRequest;
import nl.mensenhandel.care.placements.PlacementStatus;
import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.care.trajectories.Gender;
import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.outbox.OutboxDispatcher;
import nl.mensenhandel.platform.outbox.OutboxDispatcher.Pass;
import nl.mensenhandel.platform.outbox.OutboxEntry;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.InboxStub;

/**
 * The placements' notifications (issue 9 §10) reach the platform inbox: WireMock ({@link InboxStub}) plays
 * signal-service's {@code postNotification} and Keycloak's token endpoint. Each entry is posted once, with
 * care-coordination-service's own service-account token, the entry id as Idempotency-Key and a body without names;
 * an inbox outage keeps it until the inbox is back. The dispatcher's schedule is off and its backoff zero: each test
 * runs the passes itself.
 */
@SpringBootTest(properties = { "platform.outbox.enabled=false", "platform.outbox.backoff.initial=PT0S",
        // an outage in one test must not open the breaker for the next
        "resilience4j.circuitbreaker.instances.signal-service-inbox.minimum-number-of-calls=1000" })
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class PlacementNotificationsDeliveryTest {

    @RegisterExtension
    static final InboxStub INBOX = new InboxStub();
    static final EmbeddedMongo MONGO = EmbeddedMongo.start();
    static final String REGION = "rotterdam";

    @DynamicPropertySource
    static void endpoints(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
        INBOX.register(registry);
    }

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    CareNotifications notifications;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    EmergencyHousingNotification emergencyHousing;

    @BeforeEach
    void keycloakAndInboxUp() {
        INBOX.up();
        INBOX.tokensExpiringAtOnce();
        mongo.remove(new Query(), Placement.class).block();
    }

    @Test
    void aDeclineIsPostedToTheRegionsZorgcoordinatorenWithTheEntryIdAsIdempotencyKeyAndNoNames() {
        Placement placement = stored(notifications::placementDeclined);

        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(1, 0, 0));

        LoggedRequest posted = onlyPost();
        assertThat(posted.getHeader("Idempotency-Key")).isEqualTo(placement.id() + ":PLAATSING_AFGEWEZEN");
        assertThat(posted.getHeader("Authorization")).isEqualTo("Bearer " + InboxStub.SERVICE_TOKEN);
        assertBody(posted, """
                {"region":"rotterdam","kind":"PLAATSING_AFGEWEZEN",
                 "about":{"type":"placement","id":"%s"},
                 "audience":[{"role":"zorgcoordinator","municipalityCode":null,"username":null}],
                 "municipalityCode":"GM0599","urgency":"HOOG","meldcode":null,
                 "message":"De plaatsing NOODBED op humanitas-noodbed is afgewezen door de zorgaanbieder (GEEN_PLEK)."}
                """.formatted(placement.id()), false);
        // minimal content: neither the victim's name, the information for the provider nor the provider's note
        assertThat(posted.getBodyAsString()).doesNotContain("Jansen").doesNotContain("Engels");
        // the token came from the realm by client credentials, as care-coordination-service
        assertThat(INBOX.tokenRequests()).isNotEmpty().allSatisfy(token -> assertThat(token.getBodyAsString())
                .contains("grant_type=client_credentials").contains("client_id=care-coordination-service"));

        // delivered once: a later pass posts nothing
        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(0, 0, 0));
        assertThat(INBOX.posted()).hasSize(1);
        assertThat(entry(placement).deliveredAt()).isNotNull();
    }

    @Test
    void theNoodbedAlertAndTheExpiredReservationArePostedWithTheirKinds() {
        Placement noodbed = stored(notifications::noodbedRunningOut);
        Placement reserved = stored(notifications::reservationExpired);

        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(2, 0, 0));

        assertBody(postWithKey(noodbed.id() + ":NOODBED_LOOPT_AF"), """
                {"region":"rotterdam","kind":"NOODBED_LOOPT_AF","about":{"type":"placement","id":"%s"},
                 "audience":[{"role":"zorgcoordinator"}],"urgency":"HOOG",
                 "message":"Het noodbed op humanitas-noodbed loopt af op 2026-11-28: een vervolgplaatsing is nodig."}
                """.formatted(noodbed.id()), true);
        assertBody(postWithKey(reserved.id() + ":RESERVERING_VERLOPEN"), """
                {"region":"rotterdam","kind":"RESERVERING_VERLOPEN","about":{"type":"placement","id":"%s"},
                 "audience":[{"role":"zorgcoordinator"}],"urgency":"HOOG"}
                """.formatted(reserved.id()), true);
    }

    /** The same notification raised again has the same id: the guarded update cannot add a second one. */
    @Test
    void entryIdsAreStablePerPlacementAndKind() {
        Placement placement = placement();
        List<Function<Placement, Document>> kinds = List.of(notifications::noodbedRunningOut,
                notifications::reservationExpired, notifications::placementDeclined);
        List<String> ids = kinds.stream().map(kind -> kind.apply(placement).getString("id")).toList();
        assertThat(kinds.stream().map(kind -> kind.apply(placement).getString("id")).toList()).isEqualTo(ids);
        assertThat(ids).doesNotHaveDuplicates().containsExactly(
                PlacementNotifications.entryId(placement.id(), PlacementNotifications.NOODBED_RUNNING_OUT),
                PlacementNotifications.entryId(placement.id(), PlacementNotifications.RESERVATION_EXPIRED),
                PlacementNotifications.entryId(placement.id(), PlacementNotifications.DECLINED));
    }

    @Test
    void anInboxOutageKeepsTheNotificationUntilTheInboxIsBack() {
        Placement placement = stored(notifications::placementDeclined);
        INBOX.answering(503);

        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(0, 1, 0));
        assertThat(entry(placement).payload()).isNotNull();
        assertThat(entry(placement).done()).isFalse();

        INBOX.up();
        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(1, 0, 0));
        assertThat(onlyPost().getHeader("Idempotency-Key")).isEqualTo(placement.id() + ":PLAATSING_AFGEWEZEN");
        assertThat(entry(placement).deliveredAt()).isNotNull();
    }

    /** Issue 10: an emergency-housing request's notification is about that request, urgent, counts only. */
    @Test
    void anEmergencyHousingRequestIsPostedAboutTheRequestWithItsKind() {
        String id = UUID.randomUUID().toString();
        mongo.remove(new Query(), EmergencyHousingRequest.class).block();
        mongo.insert(new EmergencyHousingRequest(id, "zaanstreek-waterland", "GM0479", UUID.randomUUID().toString(),
                "SPOEDEISENDE_BESTUURSDWANG", 2, 1, Instant.parse("2026-11-23T18:00:00Z"), Instant.now(), "k", "s",
                List.of(emergencyHousing.entry("zaanstreek-waterland", id, "GM0479", "SPOEDEISENDE_BESTUURSDWANG", 2,
                        1, Instant.parse("2026-11-23T18:00:00Z"))))).block();

        assertThat(dispatcher.dispatchOnce().block()).isEqualTo(new Pass(1, 0, 0));

        assertBody(postWithKey(id + ":NOODHUISVESTING_GEVRAAGD"), """
                {"region":"zaanstreek-waterland","kind":"NOODHUISVESTING_GEVRAAGD",
                 "about":{"type":"emergency-housing-request","id":"%s"},
                 "audience":[{"role":"zorgcoordinator"}],"municipalityCode":"GM0479","urgency":"HOOG",
                 "message":"Noodhuisvesting gevraagd in GM0479 vanaf 2026-11-23: 2 volwassene(n) en 1 minderjarige(n) (SPOEDEISENDE_BESTUURSDWANG)."}
                """.formatted(id), true);
    }

    /** A placement as the placements store it, with the notification {@code raise} pushed onto its outbox. */
    private Placement stored(Function<Placement, Document> raise) {
        Placement placement = placement();
        Placement withEntry = withOutbox(placement, List.of(raise.apply(placement)));
        mongo.insert(withEntry).block();
        return withEntry;
    }

    private static Placement placement() {
        Instant created = Instant.parse("2026-11-23T07:00:00Z");
        return new Placement(UUID.randomUUID().toString(), REGION, UUID.randomUUID().toString(),
                PlacementType.NOODBED, "humanitas-rotterdam", "humanitas-noodbed", PlacementStatus.AFGEWEZEN,
                List.of(), created.plusSeconds(4 * 3600), "GM0599", null, null, "Mevrouw Jansen spreekt alleen Engels",
                Gender.VROUW, 30, DeclineReason.GEEN_PLEK, null, "Mevrouw Jansen is bij ons bekend", created,
                Instant.parse("2026-11-28T07:00:00Z"), null, null, null, null, created, 3, List.of());
    }

    private static Placement withOutbox(Placement p, List<Document> outbox) {
        return new Placement(p.id(), p.region(), p.trajectoryId(), p.placementType(), p.providerId(), p.locationId(),
                p.status(), p.statusHistory(), p.reservedUntil(), p.responsibleMunicipalityCode(),
                p.comenshaReference(), p.override(), p.informationForProvider(), p.victimGender(), p.victimAge(),
                p.declineReason(), p.contraIndication(), p.declineNote(), p.startedAt(), p.plannedEndAt(),
                p.endedAt(), p.destination(), p.followUpPlacementId(), p.noodbedAlertedAt(), p.createdAt(),
                p.version(), outbox);
    }

    /** The one notification the inbox received (a retried one is posted again with the same key). */
    private static LoggedRequest onlyPost() {
        List<LoggedRequest> posted = INBOX.posted();
        assertThat(posted).isNotEmpty();
        assertThat(posted).extracting(request -> request.getHeader("Idempotency-Key")).containsOnly(
                posted.getFirst().getHeader("Idempotency-Key"));
        return posted.getLast();
    }

    /** The one notification posted with this Idempotency-Key. */
    private static LoggedRequest postWithKey(String key) {
        List<LoggedRequest> posted = INBOX.posted().stream()
                .filter(request -> key.equals(request.getHeader("Idempotency-Key"))).toList();
        assertThat(posted).hasSize(1);
        return posted.getFirst();
    }

    private static void assertBody(LoggedRequest posted, String expected, boolean extraFieldsAllowed) {
        assertThat(equalToJson(expected, false, extraFieldsAllowed).match(posted.getBodyAsString()).isExactMatch())
                .as("inbox body %s", posted.getBodyAsString()).isTrue();
    }

    private OutboxEntry entry(Placement placement) {
        return dispatcher.entriesOf(Placement.COLLECTION, placement.id()).blockFirst();
    }
}
