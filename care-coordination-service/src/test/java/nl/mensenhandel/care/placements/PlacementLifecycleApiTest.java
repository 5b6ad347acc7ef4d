package nl.mensenhandel.care.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.mensenhandel.platform.outbox.OutboxEntry;

/**
 * The provider's side (decidePlacement, reportIntake, reportDeparture) and the placements' jobs: each step of the one
 * table, conditional on the version, with its history; the same step again answers 200 unchanged; the places are
 * counted around the steps; the notifications go into the placement's outbox in the same update.
 */
class PlacementLifecycleApiTest extends PlacementApiTestBase {

    static final String PATH = "/api/care/placements/";

    @Autowired
    PlacementJobs jobs;

    @Test
    void theProviderAcceptsTakingTheReservedPlaceAndTheSameAnswerAgainChangesNothing() {
        Placement reserved = insert(placement(PlacementStatus.GERESERVEERD));
        post(provider(HUMANITAS), PATH + reserved.id() + "/decision", Map.of("decision", "ACCEPTEREN"))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("GEACCEPTEERD")
                .jsonPath("$.statusHistory.length()").isEqualTo(2)
                .jsonPath("$.statusHistory[1].by").isEqualTo("service-account-care-provider-" + HUMANITAS)
                .jsonPath("$.trajectoryId").doesNotExist();
        assertThat(reload(reserved.id()).version()).isEqualTo(1);
        post(zorgcoordinator(), PATH + reserved.id() + "/decision", Map.of("decision", "ACCEPTEREN"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("GEACCEPTEERD");
        assertThat(reload(reserved.id()).version()).as("unchanged").isEqualTo(1);
        assertThat(places.taken.get()).isEqualTo(1);
        // declining what was accepted is no step of the table
        problem(post(provider(HUMANITAS), PATH + reserved.id() + "/decision",
                Map.of("decision", "AFWIJZEN", "declineReason", "GEEN_PLEK")), 409, "illegal-transition",
                "placement-lifecycle");
    }

    @Test
    void anotherProviderCannotAnswerAndGets404() {
        Placement reserved = insert(placement(PlacementStatus.GERESERVEERD));
        problem(post(provider("hvo-querido"), PATH + reserved.id() + "/decision", Map.of("decision", "ACCEPTEREN")),
                404, "not-found", null);
        assertThat(reload(reserved.id()).status()).isEqualTo(PlacementStatus.GERESERVEERD);
    }

    @Test
    void aDeclineNeedsAReasonFromTheCatalogueFreesThePlaceAndTellsTheZorgcoordinatoren() {
        places.publish(NOODBED, PlacementType.NOODBED, 0);
        Placement reserved = insert(placement(PlacementStatus.GERESERVEERD));
        problem(post(provider(HUMANITAS), PATH + reserved.id() + "/decision",
                Map.of("decision", "AFWIJZEN", "declineReason", "CONTRA_INDICATIE", "contraIndication", "VERSLAVING")),
                422, "unprocessable", "decline-reason-from-catalogue");
        Map<String, Object> decline = Map.of("decision", "AFWIJZEN", "declineReason", "CONTRA_INDICATIE",
                "contraIndication", "AGRESSIE", "note", "Eerder incident met medebewoner");
        post(provider(HUMANITAS), PATH + reserved.id() + "/decision", decline)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("AFGEWEZEN")
                .jsonPath("$.declineReason").isEqualTo("CONTRA_INDICATIE")
                .jsonPath("$.contraIndication").isEqualTo("AGRESSIE")
                .jsonPath("$.declineNote").isEqualTo("Eerder incident met medebewoner");
        assertThat(places.free(NOODBED, PlacementType.NOODBED)).as("the place is free again").isEqualTo(1);
        Document stored = raw(reserved.id());
        assertThat(stored.getString("declineNote")).startsWith("enc:v1:").doesNotContain("incident");
        assertThat(entries(stored)).extracting(OutboxEntry::id).containsExactly(reserved.id() + ":PLAATSING_AFGEWEZEN");
        // the same decline again: 200, nothing more released or told
        post(provider(HUMANITAS), PATH + reserved.id() + "/decision", decline).expectStatus().isOk();
        assertThat(places.released.get()).isEqualTo(1);
        verify(notifications, times(1)).placementDeclined(any());
        assertThat(entries(raw(reserved.id()))).hasSize(1);
    }

    @Test
    void theZorgcoordinatorRecordsTheAnswerOfAProviderOutsideThePlatformWithoutCountingPlaces() {
        Placement requested = insert(placement(PlacementStatus.AANGEVRAAGD).reservedUntil(null)
                .providerId("cosm-drenthe").locationId(COSM_MANNEN).placementType(PlacementType.COSM));
        post(zorgcoordinator(), PATH + requested.id() + "/decision", Map.of("decision", "ACCEPTEREN"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("GEACCEPTEERD");
        assertThat(places.taken.get()).isZero();
    }

    @Test
    void aNoodbedIntakeSetsThePlannedEndAndRaisesTheAlertAtOnceWhenDue() {
        Placement accepted = insert(placement(PlacementStatus.GEACCEPTEERD));
        problem(post(provider(HUMANITAS), PATH + accepted.id() + "/intake",
                Map.of("arrivedAt", NOW.plus(Duration.ofHours(2)).toString())), 422, "unprocessable",
                "arrived-not-in-future");
        // used at night four days ago and reported only now: 5 days' stay ends tomorrow, within the 2 days' alert
        Instant arrived = NOW.minus(Duration.ofDays(4));
        Map<String, Object> intake = Map.of("arrivedAt", arrived.toString());
        post(provider(HUMANITAS), PATH + accepted.id() + "/intake", intake)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("GEPLAATST")
                .jsonPath("$.startedAt").isEqualTo("2026-11-19T09:00:00Z")
                .jsonPath("$.plannedEndAt").isEqualTo("2026-11-24T09:00:00Z");
        Placement placed = reload(accepted.id());
        assertThat(placed.noodbedAlertedAt()).isEqualTo(NOW);
        assertThat(entries(raw(accepted.id()))).extracting(OutboxEntry::id)
                .containsExactly(accepted.id() + ":NOODBED_LOOPT_AF");
        // the same report again, and the job: no second alert
        post(provider(HUMANITAS), PATH + accepted.id() + "/intake", intake).expectStatus().isOk();
        assertThat(jobs.runNow().block()).isEqualTo(new PlacementJobs.Run(0, 0));
        verify(notifications, times(1)).noodbedRunningOut(any());
        // another arrival for a placed victim is no step of the table
        problem(post(provider(HUMANITAS), PATH + accepted.id() + "/intake",
                Map.of("arrivedAt", NOW.minus(Duration.ofDays(1)).toString())), 409, "illegal-transition", null);
    }

    @Test
    void theNoodbedAlertFiresOnceWhenTheJobFindsItDue() {
        Placement placed = insert(placement(PlacementStatus.GEPLAATST).startedAt(NOW)
                .plannedEndAt(NOW.plus(Duration.ofDays(5))));
        assertThat(jobs.runNow().block()).isEqualTo(new PlacementJobs.Run(0, 0));
        FixedClock.CLOCK.advance(Duration.ofDays(3));
        assertThat(jobs.runNow().block()).isEqualTo(new PlacementJobs.Run(0, 1));
        assertThat(jobs.runNow().block()).isEqualTo(new PlacementJobs.Run(0, 0));
        assertThat(reload(placed.id()).noodbedAlertedAt()).isEqualTo(NOW.plus(Duration.ofDays(3)));
        assertThat(entries(raw(placed.id()))).hasSize(1);
    }

    @Test
    void anIntakeBeforeAcceptanceIsAnIllegalTransition() {
        Placement reserved = insert(placement(PlacementStatus.GERESERVEERD));
        problem(post(provider(HUMANITAS), PATH + reserved.id() + "/intake", Map.of("arrivedAt", NOW.toString())), 409,
                "illegal-transition", "placement-lifecycle");
    }

    @Test
    void aDepartureEndsThePlacementVacatesThePlaceAndIsIdempotent() {
        Placement placed = insert(placement(PlacementStatus.GEPLAATST).startedAt(NOW.minus(Duration.ofDays(3))));
        problem(post(provider(HUMANITAS), PATH + placed.id() + "/departure",
                Map.of("departedAt", NOW.minus(Duration.ofDays(4)).toString(), "destination", "EIGEN_WOONRUIMTE")),
                422, "unprocessable", "departure-after-arrival");
        problem(post(provider(HUMANITAS), PATH + placed.id() + "/departure",
                Map.of("departedAt", NOW.toString(), "destination", "NIET_AANGEKOMEN")), 422, "unprocessable",
                "niet-aangekomen-only-before-intake");
        Map<String, Object> departure = Map.of("departedAt", NOW.toString(), "destination", "EIGEN_WOONRUIMTE");
        post(provider(HUMANITAS), PATH + placed.id() + "/departure", departure)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("BEEINDIGD")
                .jsonPath("$.destination").isEqualTo("EIGEN_WOONRUIMTE")
                .jsonPath("$.endedAt").isEqualTo("2026-11-23T09:00:00Z");
        post(provider(HUMANITAS), PATH + placed.id() + "/departure", departure).expectStatus().isOk();
        assertThat(places.vacated.get()).isEqualTo(1);
        assertThat(reload(placed.id()).version()).isEqualTo(1);
    }

    @Test
    void vervolgplaatsingNamesAnotherPlacementOfTheSameTrajectory() {
        Placement noodbed = insert(placement(PlacementStatus.GEPLAATST).startedAt(NOW.minus(Duration.ofDays(4))));
        Placement elsewhere = insert(placement(PlacementStatus.GERESERVEERD)
                .trajectoryId("6f1c2b7e-0000-4000-8000-000000000009"));
        Placement followUp = insert(placement(PlacementStatus.GEACCEPTEERD).placementType(PlacementType.COSM)
                .locationId(COSM_VROUWEN));
        problem(post(zorgcoordinator(), PATH + noodbed.id() + "/departure",
                Map.of("departedAt", NOW.toString(), "destination", "VERVOLGPLAATSING")), 422, "unprocessable",
                "follow-up-placement-of-trajectory");
        problem(post(zorgcoordinator(), PATH + noodbed.id() + "/departure", Map.of("departedAt", NOW.toString(),
                "destination", "VERVOLGPLAATSING", "followUpPlacementId", elsewhere.id())), 422, "unprocessable",
                "follow-up-placement-of-trajectory");
        post(zorgcoordinator(), PATH + noodbed.id() + "/departure", Map.of("departedAt", NOW.toString(),
                "destination", "VERVOLGPLAATSING", "followUpPlacementId", followUp.id()))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.followUpPlacementId").isEqualTo(followUp.id());
    }

    @Test
    void anAcceptedPlacementEndsWithoutIntakeOnlyAsNietAangekomenAndFreesItsPlace() {
        Placement accepted = insert(placement(PlacementStatus.GEACCEPTEERD));
        problem(post(provider(HUMANITAS), PATH + accepted.id() + "/departure",
                Map.of("departedAt", NOW.toString(), "destination", "EIGEN_WOONRUIMTE")), 409, "illegal-transition",
                "placement-lifecycle");
        post(provider(HUMANITAS), PATH + accepted.id() + "/departure",
                Map.of("departedAt", NOW.toString(), "destination", "NIET_AANGEKOMEN"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("BEEINDIGD");
        assertThat(places.vacated.get()).isEqualTo(1);
    }

    @Test
    void anUnansweredReservationExpiresOnceReleasingThePlaceAndTellingTheZorgcoordinatoren() {
        places.publish(NOODBED, PlacementType.NOODBED, 0);
        Placement reserved = insert(placement(PlacementStatus.GERESERVEERD));
        Placement answered = insert(placement(PlacementStatus.GEACCEPTEERD));
        assertThat(jobs.runNow().block()).isEqualTo(new PlacementJobs.Run(0, 0));
        FixedClock.CLOCK.advance(Duration.ofHours(4).plusSeconds(1));
        assertThat(jobs.runNow().block()).isEqualTo(new PlacementJobs.Run(1, 0));
        assertThat(jobs.runNow().block()).isEqualTo(new PlacementJobs.Run(0, 0));
        Placement expired = reload(reserved.id());
        assertThat(expired.status()).isEqualTo(PlacementStatus.VERLOPEN);
        assertThat(expired.statusHistory().getLast().by()).isEqualTo("care-coordination-service");
        assertThat(entries(raw(reserved.id()))).extracting(OutboxEntry::id)
                .containsExactly(reserved.id() + ":RESERVERING_VERLOPEN");
        assertThat(places.free(NOODBED, PlacementType.NOODBED)).isEqualTo(1);
        assertThat(reload(answered.id()).status()).isEqualTo(PlacementStatus.GEACCEPTEERD);
        // too late to accept now
        problem(post(provider(HUMANITAS), PATH + reserved.id() + "/decision", Map.of("decision", "ACCEPTEREN")), 409,
                "illegal-transition", null);
        verify(notifications, never()).placementDeclined(any());
    }

    @Test
    void retentionRemovesEndedPlacementsAfterThePeriodAndNeverOpenOnes() {
        Instant longAgo = NOW.minus(Duration.ofDays(2000));
        Placement ended = insert(placement(PlacementStatus.BEEINDIGD).createdAt(longAgo).endedAt(longAgo));
        Placement recentlyEnded = insert(placement(PlacementStatus.BEEINDIGD).createdAt(longAgo).endedAt(NOW));
        Placement declined = insert(placement(PlacementStatus.AFGEWEZEN).createdAt(longAgo));
        Placement open = insert(placement(PlacementStatus.GEPLAATST).createdAt(longAgo));
        Long removed = new PlacementRetention(mongo).apply(REGION, NOW.minus(Duration.ofDays(1825)), NOW).block();
        assertThat(removed).isEqualTo(2);
        assertThat(reload(ended.id())).isNull();
        assertThat(reload(declined.id())).isNull();
        assertThat(reload(recentlyEnded.id())).isNotNull();
        assertThat(reload(open.id())).isNotNull();
    }

    static List<OutboxEntry> entries(Document stored) {
        return stored.getList("outbox", Document.class, List.of()).stream().map(OutboxEntry::fromDocument).toList();
    }
}
