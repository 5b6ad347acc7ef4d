package nl.mensenhandel.systemtest.security;

import static nl.mensenhandel.systemtest.security.RegionFixture.created;
import static nl.mensenhandel.systemtest.security.RegionFixture.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.mensenhandel.systemtest.Api;
import tools.jackson.databind.JsonNode;

/**
 * Care coordination's part of a region's fixtures (issue 9), created through the gateway as the people and systems
 * who do it: the home municipality's AF asks the zorgcoördinator an advice question ({@code careQuestion}); the
 * fixture casus'
 * ZORG_EN_STRAF track opened a zorgtraject by itself (triage → care request → trajectory), which the suite waits for
 * and whose victim profile the zorgcoördinator fills in ({@code trajectory}, and {@code trajectoryUpdate} naming its
 * version then); the region's provider client publishes capacity at its location ({@code provider},
 * {@code providerLocation}, {@code providerPlacementType}); the zorgcoördinator reserves a place there
 * ({@code placement}, GERESERVEERD); the regio-beheerder sets the allocation of {@link #COST_YEAR}.
 *
 * @param trajectoryUpdate updateTrajectory's body naming the version after the profile was filled in
 */
record CareFixture(String careQuestion, String trajectory, Map<String, Object> trajectoryUpdate, String provider,
        String location, String placementType, String placement) {

    /** The year whose cost allocation the suite sets first (access-matrix.yaml, fixture costYear). */
    static final int COST_YEAR = 2031;

    /**
     * The region's demo provider, a location of it that publishes capacity and a type it offers (the rules file of
     * issue 9: HVO Querido's noodbed in Zaanstreek-Waterland, Scharlaken Koord's specialised shelter in Kennemerland).
     */
    private static final Map<String, List<String>> PROVIDER = Map.of(
            Callers.A, List.of("hvo-querido", "querido-noodbed", "NOODBED"),
            Callers.B, List.of("scharlaken-koord", "scharlaken-koord-opvang", "SPECIALISTISCHE_OPVANG"));

    /** How long the suite waits for triage's dispatcher to deliver the care request (it polls every 5 s). */
    private static final Duration DELIVERY = Duration.ofSeconds(60);

    static CareFixture create(String region, String municipality, String marker, String caseId, Instant now) {
        String zc = Callers.role(region, "zorgcoordinator").name();
        Callers.Caller providerClient = Callers.role(region, "zorgaanbieder");
        String provider = PROVIDER.get(region).get(0);
        String location = PROVIDER.get(region).get(1);
        String placementType = PROVIDER.get(region).get(2);
        assertThat(providerClient.claim("provider")).as("the provider claim of " + providerClient).isEqualTo(provider);

        // an advice question the home municipality's AF asks the zorgcoördinator directly: the zorgcoördinator reads
        // it (region), the AF who asked it too (own-questions), another AF of the region does not (404)
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("kind", "ADVIESVRAAG");
        question.put("municipalityCode", municipality);
        question.put("summary", "Systeemtest toegangsmatrix " + marker + " (adviesvraag)");
        String careQuestion = created(Api.post(url("/api/care/questions"),
                Callers.role(region, "aandachtsfunctionaris").name(), question, "matrix-fixture-question-" + marker));

        // the trajectory the casus' ZORG_EN_STRAF track opened in care coordination
        String trajectory = awaitTrajectory(zc, caseId);
        var opened = Api.get(url("/api/care/trajectories/" + trajectory), zc);
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.json().path("origin").path("kind").asString()).as(opened.body()).isEqualTo("TAFEL");

        // ... whose victim profile the zorgcoördinator fills in: an adult woman, NL, registered at home (SEKSUEEL)
        Map<String, Object> update = update(opened.json().path("version").asLong(), municipality, marker);
        var updated = Api.put(url("/api/care/trajectories/" + trajectory), zc, update);
        assertThat(updated.status()).as("the zorgcoördinator fills in the victim: " + updated.body()).isEqualTo(200);
        Map<String, Object> trajectoryUpdate = update(updated.json().path("version").asLong(), municipality, marker);

        // the provider's system publishes capacity before anything is reserved there (counted a minute before the
        // matrix's own publication, ${now})
        var published = Api.call("PUT", url("/api/care/providers/" + provider + "/locations/" + location
                        + "/capacity/" + placementType), providerClient.token().get(),
                Api.JSON.writeValueAsString(Map.of("maximum", 20, "available", 10,
                        "updatedAt", now.minus(Duration.ofMinutes(1)).toString())), Map.of());
        assertThat(published.status()).as(providerClient + " publishes capacity: " + published.body()).isEqualTo(200);

        // a placement of the trajectory reserved at that location
        var requested = Api.post(url("/api/care/trajectories/" + trajectory + "/placements"), zc, Map.of(
                "placementType", placementType, "providerId", provider, "locationId", location,
                "informationForProvider", "Systeemtest toegangsmatrix " + marker + " (voor de aanbieder)"),
                "matrix-fixture-placement-" + marker);
        String placement = created(requested);
        assertThat(requested.json().path("status").asString()).as(requested.body()).isEqualTo("GERESERVEERD");

        // the cost allocation of the fixture year, set first by the regio-beheerder
        var cost = Api.put(url("/api/care/cost-allocations/" + COST_YEAR), Callers.role(region, "regio-beheerder")
                .name(), Map.of("method", "CENTRUMGEMEENTE", "totalAmount", "10000.00", "centrumgemeenteCode",
                municipality));
        assertThat(cost.status()).as(cost.body()).isEqualTo(200);

        return new CareFixture(careQuestion, trajectory, trajectoryUpdate, provider, location, placementType, placement);
    }

    /** updateTrajectory's body: the fixture victim, one care need with a task, and the next action. */
    private static Map<String, Object> update(long version, String municipality, String marker) {
        Map<String, Object> victim = new LinkedHashMap<>();
        victim.put("displayName", "Systeemtest toegangsmatrix " + marker + " (slachtoffer)");
        victim.put("birthDate", "1991-06-14");
        victim.put("gender", "VROUW");
        victim.put("nationality", "NL");
        victim.put("residenceStatus", "NEDERLANDER");
        victim.put("exploitationForms", List.of("SEKSUEEL"));
        victim.put("brpMunicipalityCode", municipality);
        String inTwoWeeks = LocalDate.now(RegionFixture.DUTCH_TIME).plusWeeks(2).toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("victim", victim);
        body.put("needs", List.of(Map.of("type", "OPVANG", "status", "OPEN", "tasks", List.of(Map.of(
                "description", "Systeemtest toegangsmatrix " + marker + " (taak)", "assignee", "Systeemtest",
                "dueDate", inTwoWeeks)))));
        body.put("nextAction", "Systeemtest toegangsmatrix " + marker + " (volgende actie)");
        body.put("nextActionDate", inTwoWeeks);
        return body;
    }

    /** Polls listTrajectories?caseId= as the zorgcoördinator until the casus' trajectory is there; its id. */
    private static String awaitTrajectory(String zc, String caseId) {
        Instant deadline = Instant.now().plus(DELIVERY);
        while (true) {
            var list = Api.get(url("/api/care/trajectories?size=100&caseId=" + caseId), zc);
            assertThat(list.status()).as(list.body()).isEqualTo(200);
            for (JsonNode item : list.json().path("items")) {
                if (caseId.equals(item.path("origin").path("caseId").asString())) {
                    return item.path("id").asString();
                }
            }
            assertThat(Instant.now()).as("the trajectory of casus " + caseId + " within " + DELIVERY.toSeconds()
                    + " s: " + list.body()).isBefore(deadline);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
