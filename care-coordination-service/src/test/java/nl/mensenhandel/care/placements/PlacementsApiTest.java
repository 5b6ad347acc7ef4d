package nl.mensenhandel.care.placements;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.platform.testing.ProblemAssertions.healthUp;
import static nl.mensenhandel.platform.testing.ProblemAssertions.invalidParameter;
import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

import nl.mensenhandel.care.eligibility.EligibilityOverride;
import nl.mensenhandel.platform.testing.TestJwts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading placements: zero-trust auth (401/403 as problem details), region isolation, the provider's own placements
 * only, the filters, need to know (the provider's view), parameter validation, truthful health.
 */
class PlacementsApiTest extends PlacementApiTestBase {

    static final String PATH = "/api/care/placements";

    @Test
    void withoutTokenAnswers401Problem() {
        unauthenticated(http.get().uri(PATH).exchange());
    }

    @Test
    void otherRoleAnswers403Problem() {
        insert(placement(PlacementStatus.GERESERVEERD));
        for (JwtMutator caller : List.of(TestJwts.user("handhaver.test", REGION, List.of(), "handhaver"),
                TestJwts.user("zonder.provider", REGION, List.of(), "zorgaanbieder"))) {
            forbidden(api.mutateWith(caller).get().uri(PATH).exchange());
        }
    }

    @Test
    void zorgcoordinatorSeesEveryPlacementOfOwnRegionOnlyNewestFirst() {
        insert(placement(PlacementStatus.GEPLAATST).createdAt(NOW.minus(Duration.ofDays(1))));
        Placement newest = insert(placement(PlacementStatus.GERESERVEERD).providerId("cosm-drenthe")
                .locationId(COSM_MANNEN).placementType(PlacementType.COSM));
        insert(placement(PlacementStatus.GERESERVEERD).region(OTHER_REGION));
        api.mutateWith(zorgcoordinator()).get().uri(PATH).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].id").isEqualTo(newest.id())
                .jsonPath("$.items[0].placementType").isEqualTo("COSM")
                .jsonPath("$.items[0].trajectoryId").isEqualTo(TRAJECTORY)
                .jsonPath("$.items[0].responsibleMunicipalityCode").isEqualTo("GM0599")
                .jsonPath("$.items[1].status").isEqualTo("GEPLAATST")
                .jsonPath("$.items[*].region").value(regions -> assertThat((List<Object>) regions).containsOnly(REGION))
                .jsonPath("$.page.totalElements").isEqualTo(2);
        assertThat(accessLogEntries("LIST")).isEqualTo(1);
    }

    @Test
    void listFiltersByStatusAndTrajectory() {
        Placement reserved = insert(placement(PlacementStatus.GERESERVEERD));
        insert(placement(PlacementStatus.GEPLAATST));
        insert(placement(PlacementStatus.GERESERVEERD).trajectoryId("6f1c2b7e-0000-4000-8000-000000000009"));
        api.mutateWith(zorgcoordinator()).get().uri(PATH + "?status=GERESERVEERD&trajectoryId=" + TRAJECTORY)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(reserved.id());
        api.mutateWith(zorgcoordinator()).get().uri(PATH + "?status=GEPLAATST").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.page.totalElements").isEqualTo(1);
    }

    @Test
    void zorgaanbiederSeesOnlyItsOwnPlacements() {
        Placement own = insert(placement(PlacementStatus.GERESERVEERD));
        insert(placement(PlacementStatus.GERESERVEERD).providerId("cosm-drenthe").locationId(COSM_MANNEN));
        api.mutateWith(provider(HUMANITAS)).get().uri(PATH).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(own.id())
                .jsonPath("$.items[0].trajectoryId").doesNotExist()
                .jsonPath("$.page.totalElements").isEqualTo(1);
    }

    @Test
    void getAnswersAnotherProvidersOrRegionsPlacementWith404() {
        Placement other = insert(placement(PlacementStatus.GERESERVEERD).providerId("cosm-drenthe")
                .locationId(COSM_MANNEN));
        Placement elsewhere = insert(placement(PlacementStatus.GERESERVEERD).region(OTHER_REGION));
        problem(api.mutateWith(provider(HUMANITAS)).get().uri(PATH + "/" + other.id()).exchange(), 404, "not-found",
                null);
        problem(api.mutateWith(zorgcoordinator()).get().uri(PATH + "/" + elsewhere.id()).exchange(), 404, "not-found",
                null);
        forbidden(api.mutateWith(TestJwts.user("af.rotterdam", REGION, List.of("GM0599"), "aandachtsfunctionaris"))
                .get().uri(PATH + "/" + other.id()).exchange());
    }

    /** Need to know (contract Placement): the provider gets exactly these fields, of the victim only forProvider. */
    @Test
    void theProviderSeesOnlyWhatItNeedsOfTheVictimAndNothingElseLeaks() throws Exception {
        Placement placement = insert(placement(PlacementStatus.GERESERVEERD).comenshaReference("CM-2026-0042")
                .override(new EligibilityOverride("minor-to-jeugdzorg", "Jeugdzorg vol; 17 jaar en zelfstandig")));
        byte[] body = api.mutateWith(provider(HUMANITAS)).get().uri(PATH + "/" + placement.id()).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();
        JsonNode json = JsonMapper.builder().build().readTree(body);
        Set<String> fields = new TreeSet<>(json.propertyNames());
        assertThat(fields).isEqualTo(new TreeSet<>(Set.of("id", "region", "placementType", "providerId", "locationId",
                "status", "statusHistory", "requestedAt", "reservedUntil", "forProvider")));
        assertThat(new TreeSet<>(json.get("forProvider").propertyNames()))
                .isEqualTo(new TreeSet<>(Set.of("gender", "age", "informationForProvider")));
        assertThat(json.get("forProvider").get("informationForProvider").asString())
                .isEqualTo("Spreekt Engels; komt met de politie");
        String text = new String(body);
        for (String secret : List.of(TRAJECTORY, "GM0599", "CM-2026-0042", "Jeugdzorg vol", "Anna", "1998")) {
            assertThat(text).doesNotContain(secret);
        }
        // the coordinator sees the whole placement
        api.mutateWith(zorgcoordinator()).get().uri(PATH + "/" + placement.id()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.trajectoryId").isEqualTo(TRAJECTORY)
                .jsonPath("$.responsibleMunicipalityCode").isEqualTo("GM0599")
                .jsonPath("$.comenshaReference").isEqualTo("CM-2026-0042")
                .jsonPath("$.override.rule").isEqualTo("minor-to-jeugdzorg")
                .jsonPath("$.forProvider.age").isEqualTo(28);
        assertThat(accessLogEntries("READ")).isEqualTo(2);
    }

    @Test
    void informationForProviderIsEncryptedAtRest() {
        Placement placement = insert(placement(PlacementStatus.GERESERVEERD));
        assertThat(raw(placement.id()).getString("informationForProvider")).startsWith("enc:v1:")
                .doesNotContain("Engels");
        assertThat(reload(placement.id()).informationForProvider()).isEqualTo("Spreekt Engels; komt met de politie");
    }

    @Test
    void badPageSizeAnswers400NamingTheParameter() {
        for (String size : List.of("0", "abc")) {
            invalidParameter(api.mutateWith(zorgcoordinator()).get().uri(PATH + "?size=" + size).exchange(), "size");
        }
        invalidParameter(api.mutateWith(zorgcoordinator()).get().uri(PATH + "?status=WEG").exchange(), "status");
    }

    @Test
    void healthIsUpAgainstTheEmbeddedStore() {
        healthUp(http);
    }
}
