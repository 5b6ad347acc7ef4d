package nl.mensenhandel.systemtest;

import static nl.mensenhandel.systemtest.Api.get;
import static nl.mensenhandel.systemtest.Triage.decide;
import static nl.mensenhandel.systemtest.Triage.decision;
import static nl.mensenhandel.systemtest.Triage.text;
import static nl.mensenhandel.systemtest.Triage.track;
import static nl.mensenhandel.systemtest.Triage.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * Issue 9, "done when", through the gateway with real Keycloak tokens: a triage decision opens a zorgtraject (the
 * AF of Rotterdam decides alone, Rotterdam's way); the zorgcoördinator fills in the victim while the AF sees the
 * status only; Humanitas' system (client credentials) publishes noodbed capacity, receives the placement request,
 * accepts it and reports the intake of a victim who came in four days ago — and the noodbed alert reaches the
 * zorgcoördinator's inbox at once (maximum stay 5 days, alert 2 days before); a COSM request is refused for a victim
 * with lawful residence and for a minor (who goes to youth care instead); and IJsselland's cost key of 2022 comes out
 * as published, to the cent, with the published rounding difference.
 *
 * <p>Runs before {@code EncryptedAtRestIT}, which looks for this test's victim and texts in the store's dump.
 */
@ExtendWith(RunningPlatform.class)
@Order(Integer.MAX_VALUE - 1)
class CareCoordinationIT {

    static final String HUMANITAS = "care-provider-humanitas";
    static final String HUMANITAS_SECRET = "humanitas-demo-secret";
    static final String NOODBED = "humanitas-noodbed";
    /** What an AF and a table see of a trajectory (api-specs/care-coordination-service.yaml, Trajectory). */
    static final Set<String> STATUS_ONLY = Set.of("id", "region", "reference", "origin", "status", "statusSince");
    private static final String PROBLEM = "urn:mensenhandel:problem:";

    @Test
    void aDecisionOpensATrajectoryAndTheNoodbedPlacementRunsFromCapacityToTheAlert() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String victimName = "Systeemtest slachtoffer " + run;
        String careNeed = "Systeemtest zorgbehoefte zorgcoordinatie " + run + ": opvang na uitbuiting in de horeca";

        // 1. the AF of Rotterdam decides alone and opens a ZORGTRAJECT for the zorgcoördinator
        Triage.rotterdamAfDecides();
        String signal = Triage.signal("af.rotterdam", "GM0599", "Systeemtest zorgcoordinatie " + run
                + ": vrouw werkt zonder loon in een restaurant");
        String caseId = text(Triage.openCase("af.rotterdam", List.of(signal), List.of("GM0599"),
                "Systeemtest zorgcoordinatie " + run, Map.of()), "id");
        Map<String, Object> afBesluit = decision("AF_BESLUIT", null, List.of("Gemeente Rotterdam"),
                "Slachtofferschap aannemelijk; opvang via de zorgcoördinator");
        Map<String, Object> care = track("ZORGTRAJECT", "ZORGCOORDINATOR", "Zorgcoordinatie Rotterdam", careNeed);
        care.put("regiehouder", Map.of("kind", "ZORGCOORDINATOR", "organisation", "Zorgcoordinatie Rotterdam",
                "username", "zc.rotterdam"));
        afBesluit.put("tracks", List.of(care));
        var decided = decide("af.rotterdam", caseId, afBesluit);
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);

        // 2. the trajectory appears for Rotterdam's zorgcoördinator (triage → care request → trajectory)
        JsonNode listed = Triage.await("the trajectory of casus " + caseId, Triage.DELIVERY,
                () -> trajectoryOfCase("zc.rotterdam", caseId));
        String trajectoryId = text(listed, "id");
        JsonNode opened = trajectory("zc.rotterdam", trajectoryId);
        assertThat(text(opened, "status")).isEqualTo("AANGEMELD");
        assertThat(text(opened.path("origin"), "kind")).isEqualTo("TAFEL");
        assertThat(text(opened.path("origin"), "caseId")).isEqualTo(caseId);
        assertThat(text(opened, "region")).isEqualTo("rotterdam");
        // once: the care request names the one trajectory it opened
        List<JsonNode> requests = Triage.careRequests("zc.rotterdam", caseId);
        assertThat(requests).hasSize(1);
        assertThat(text(requests.getFirst(), "trajectoryId")).isEqualTo(trajectoryId);

        // 3. the zorgcoördinator fills in the victim: an adult woman registered in Rotterdam
        String birthDate = "1994-02-" + (10 + Math.floorMod(run.hashCode(), 18));
        Map<String, Object> victim = victim(victimName, birthDate, "VROUW", "NL", "NEDERLANDER", List.of("ARBEID"));
        victim.put("brpMunicipalityCode", "GM0599");
        long version = opened.path("version").asLong();
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("version", version);
        update.put("victim", victim);
        update.put("needs", List.of(Map.of("type", "OPVANG", "status", "IN_UITVOERING", "tasks", List.of(Map.of(
                "description", "Systeemtest taak " + run + ": noodbed regelen", "assignee", "Zorgcoordinatie Rotterdam",
                "dueDate", Triage.dueDate(3))))));
        update.put("nextAction", "Systeemtest volgende actie " + run + ": vervolgplek zoeken");
        update.put("nextActionDate", Triage.dueDate(4));
        var updated = Api.put(url("/api/care/trajectories/" + trajectoryId), "zc.rotterdam", update);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(text(updated.json().path("victim"), "displayName")).isEqualTo(victimName);
        assertThat(text(updated.json().path("responsibleMunicipality"), "municipalityCode")).isEqualTo("GM0599");
        assertThat(text(updated.json().path("responsibleMunicipality"), "basis")).isEqualTo("BRP");
        assertThat(updated.json().path("version").asLong()).isGreaterThan(version);
        // optimistic: the version read before is stale now, and nothing changes
        var stale = Api.put(url("/api/care/trajectories/" + trajectoryId), "zc.rotterdam", update);
        assertProblem(stale, 409, "conflict");

        // 4. the AF who decided sees the status only — nothing of the victim or the care
        JsonNode asAf = trajectoryOfCase("af.rotterdam", caseId);
        assertThat(asAf).as("af.rotterdam lists the trajectory of its casus").isNotNull();
        var afRead = get(url("/api/care/trajectories/" + trajectoryId), "af.rotterdam");
        assertThat(afRead.status()).as(afRead.body()).isEqualTo(200);
        for (JsonNode seen : List.of(asAf, afRead.json())) {
            assertThat(filledFields(seen)).as("what the AF sees: " + seen).isSubsetOf(STATUS_ONLY).contains("status");
            assertThat(seen.toString()).doesNotContain(victimName, birthDate, "Systeemtest taak", "Systeemtest volgende");
        }
        assertThat(get(url("/api/care/trajectories/" + trajectoryId), "zc.zaanstreek").status())
                .as("another region's zorgcoördinator").isEqualTo(404);

        // 5. Humanitas' system publishes its noodbed capacity (client credentials; no personal data)
        Instant counted = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var published = asHumanitas("PUT", "/api/care/providers/humanitas-rotterdam/locations/" + NOODBED
                + "/capacity/NOODBED", Map.of("maximum", 12, "available", 10, "updatedAt", counted.toString()), null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().path("available").asInt()).isEqualTo(10);
        assertThat(published.json().path("stale").asBoolean(true)).isFalse();
        int reservedBefore = published.json().path("reserved").asInt();
        assertThat(published.json().path("free").asInt()).isEqualTo(10 - reservedBefore).isPositive();
        JsonNode seenByZc = capacity("zc.rotterdam", NOODBED);
        assertThat(seenByZc.path("available").asInt()).isEqualTo(10);
        assertThat(text(seenByZc, "updatedAt")).isNotNull();
        assertThat(Instant.parse(text(seenByZc, "updatedAt"))).isEqualTo(counted);

        // 6. the zorgcoördinator requests a noodbed there: a place is reserved
        String forProvider = "Systeemtest voor de aanbieder " + run + ": spreekt Engels, geen medicatie";
        String key = "care-coordination-it-" + run;
        Map<String, Object> noodbed = Map.of("placementType", "NOODBED", "providerId", "humanitas-rotterdam",
                "locationId", NOODBED, "informationForProvider", forProvider);
        var reserved = Api.post(url("/api/care/trajectories/" + trajectoryId + "/placements"), "zc.rotterdam", noodbed,
                key);
        assertThat(reserved.status()).as(reserved.body()).isEqualTo(201);
        String placementId = text(reserved.json(), "id");
        assertThat(text(reserved.json(), "status")).isEqualTo("GERESERVEERD");
        assertThat(Instant.parse(text(reserved.json(), "reservedUntil"))).isAfter(Instant.now());
        var retried = Api.post(url("/api/care/trajectories/" + trajectoryId + "/placements"), "zc.rotterdam", noodbed,
                key);
        assertThat(retried.status()).as("a retry reserves nothing more: " + retried.body()).isEqualTo(200);
        assertThat(text(retried.json(), "id")).isEqualTo(placementId);
        assertThat(capacity("zc.rotterdam", NOODBED).path("reserved").asInt()).isEqualTo(reservedBefore + 1);

        // 7. Humanitas lists its requests: what it needs of the victim, nothing more
        var requested = asHumanitas("GET", "/api/care/placements?status=GERESERVEERD&size=100", null, null);
        assertThat(requested.status()).as(requested.body()).isEqualTo(200);
        JsonNode request = null;
        for (JsonNode item : requested.json().path("items")) {
            assertThat(text(item, "providerId")).isEqualTo("humanitas-rotterdam");
            if (placementId.equals(text(item, "id"))) {
                request = item;
            }
        }
        assertThat(request).as("Humanitas' requests hold the placement: " + requested.body()).isNotNull();
        assertThat(text(request.path("forProvider"), "gender")).isEqualTo("VROUW");
        assertThat(request.path("forProvider").path("age").asInt()).isBetween(30, 33);
        assertThat(text(request.path("forProvider"), "informationForProvider")).isEqualTo(forProvider);
        assertThat(request.has("trajectoryId")).as("no trajectory for the provider: " + request).isFalse();
        assertThat(request.has("responsibleMunicipalityCode")).isFalse();
        assertThat(requested.body()).doesNotContain(victimName, birthDate, trajectoryId);
        // another provider's system finds nothing of it
        var querido = Api.call("GET", url("/api/care/placements/" + placementId),
                Api.clientToken("care-provider-querido", "querido-demo-secret"), null, Map.of());
        assertProblem(querido, 404, "not-found");

        // 8. Humanitas accepts and reports the intake: the victim came in four days ago, at night, with the police
        var accepted = asHumanitas("POST", "/api/care/placements/" + placementId + "/decision",
                Map.of("decision", "ACCEPTEREN"), null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(text(accepted.json(), "status")).isEqualTo("GEACCEPTEERD");
        Instant arrivedAt = Instant.now().minus(Duration.ofDays(4)).truncatedTo(ChronoUnit.SECONDS);
        var placed = asHumanitas("POST", "/api/care/placements/" + placementId + "/intake",
                Map.of("arrivedAt", arrivedAt.toString()), null);
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        assertThat(text(placed.json(), "status")).isEqualTo("GEPLAATST");
        assertThat(Instant.parse(text(placed.json(), "startedAt"))).isEqualTo(arrivedAt);
        // Humanitas' noodbed: at most 5 days
        assertThat(Instant.parse(text(placed.json(), "plannedEndAt"))).isEqualTo(arrivedAt.plus(Duration.ofDays(5)));

        // 9. one day left, the alert period is 2 days: the alert is in the zorgcoördinator's inbox
        JsonNode alert = Triage.await("NOODBED_LOOPT_AF about placement " + placementId + " in zc.rotterdam's inbox",
                Duration.ofSeconds(90), () -> notification("zc.rotterdam", "NOODBED_LOOPT_AF", placementId,
                        trajectoryId));
        assertThat(text(alert, "region")).isEqualTo("rotterdam");
        assertThat(alert.toString()).doesNotContain(victimName, birthDate);
        // ... and not in another region's
        assertThat(notification("zc.zaanstreek", "NOODBED_LOOPT_AF", placementId, trajectoryId)).isNull();

        // 10. COSM is only for foreign victims without lawful residence: this victim is Dutch
        var cosm = Api.post(url("/api/care/trajectories/" + trajectoryId + "/placements"), "zc.rotterdam",
                Map.of("placementType", "COSM", "comenshaReference", "CM-SYSTEEMTEST-" + run),
                "care-coordination-it-cosm-" + run);
        assertProblem(cosm, 422, "unprocessable");
        assertThat(cosm.body()).contains("cosm-only-without-lawful-residence");
        var placements = get(url("/api/care/placements?size=100&trajectoryId=" + trajectoryId), "zc.rotterdam");
        assertThat(placements.status()).as(placements.body()).isEqualTo(200);
        assertThat(placements.json().path("items").findValuesAsString("id")).as("nothing stored for the refusal")
                .containsExactly(placementId);
    }

    @Test
    void aMinorGoesToYouthCareNeverToCosm() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // a girl of 15 from Nigeria without residence status, found in Rotterdam: COSM would fit an adult
        String birthDate = LocalDate.now(Triage.DUTCH_TIME).minusYears(15).minusDays(40).toString();
        Map<String, Object> victim = victim("Systeemtest slachtoffer minderjarig " + run, birthDate, "VROUW", "NG",
                "GEEN_RECHTMATIG_VERBLIJF", List.of("SEKSUEEL"));
        victim.put("foundMunicipalityCode", "GM0599");
        var opened = Api.post(url("/api/care/trajectories"), "zc.rotterdam", Map.of("victim", victim),
                "care-coordination-it-minor-" + run);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String trajectoryId = text(opened.json(), "id");
        assertThat(text(opened.json().path("origin"), "kind")).isEqualTo("ZORGCOORDINATOR");
        assertThat(text(opened.json().path("responsibleMunicipality"), "basis")).isEqualTo("AANGETROFFEN");

        var cosm = Api.post(url("/api/care/trajectories/" + trajectoryId + "/placements"), "zc.rotterdam",
                Map.of("placementType", "COSM", "comenshaReference", "CM-SYSTEEMTEST-MINDERJARIG-" + run),
                "care-coordination-it-minor-cosm-" + run);
        assertProblem(cosm, 422, "unprocessable");
        assertThat(cosm.body()).contains("minor-to-jeugdzorg");

        // ... protected youth care instead (Jeugdzorg Rijnmond takes requests outside the platform: AANGEVRAAGD)
        var youthCare = Api.post(url("/api/care/trajectories/" + trajectoryId + "/placements"), "zc.rotterdam",
                Map.of("placementType", "JEUGDZORG", "providerId", "jeugdzorg-rijnmond",
                        "locationId", "jeugdzorg-rijnmond-beschermd"), "care-coordination-it-minor-jeugdzorg-" + run);
        assertThat(youthCare.status()).as(youthCare.body()).isEqualTo(201);
        assertThat(text(youthCare.json(), "status")).isEqualTo("AANGEVRAAGD");
    }

    /**
     * The IJsselland source (002, "Bekostiging zorgcoördinator vanuit regiogemeenten met inwonersaantal als
     * verdeelsleutel", 2022): each amount the exact population share of EUR 81,148 rounded half-up to the cent.
     */
    @Test
    void ijssellandsCostKeyOf2022ComesOutAsPublishedToTheCent() {
        Map<String, String[]> published = new LinkedHashMap<>();
        published.put("GM0148", new String[] {"Dalfsen", "28901", "5.40", "4385.30"});
        published.put("GM0150", new String[] {"Deventer", "101236", "18.93", "15361.07"});
        published.put("GM0160", new String[] {"Hardenberg", "61357", "11.47", "9310.02"});
        published.put("GM0166", new String[] {"Kampen", "54474", "10.19", "8265.62"});
        published.put("GM1773", new String[] {"Olst-Wijhe", "18361", "3.43", "2786.01"});
        published.put("GM0175", new String[] {"Ommen", "18295", "3.42", "2776.00"});
        published.put("GM0177", new String[] {"Raalte", "37911", "7.09", "5752.43"});
        published.put("GM0180", new String[] {"Staphorst", "17261", "3.23", "2619.10"});
        published.put("GM1708", new String[] {"Steenwijkerland", "44341", "8.29", "6728.09"});
        published.put("GM1896", new String[] {"Zwartewaterland", "22823", "4.27", "3463.05"});
        published.put("GM0193", new String[] {"Zwolle", "129840", "24.28", "19701.30"});

        List<String> answers = new ArrayList<>();
        for (String user : List.of("beheer.ijsselland", "regisseur.ijsselland")) {
            var allocation = get(url("/api/care/cost-allocations/2022"), user);
            assertThat(allocation.status()).as(user + ": " + allocation.body()).isEqualTo(200);
            JsonNode table = allocation.json();
            assertThat(text(table, "region")).isEqualTo("ijsselland");
            assertThat(table.path("year").asInt()).isEqualTo(2022);
            assertThat(text(table, "method")).isEqualTo("INWONERSSLEUTEL");
            assertThat(text(table, "rounding")).isEqualTo("HALF_UP_PER_GEMEENTE");
            assertThat(text(table, "totalAmount")).isEqualTo("81148.00");
            assertThat(table.path("basisTotal").asLong()).isEqualTo(534_800L);
            assertThat(table.path("shares").size()).isEqualTo(11);
            for (JsonNode share : table.path("shares")) {
                String[] expected = published.get(text(share, "municipalityCode"));
                assertThat(expected).as("a municipality of IJsselland: " + share).isNotNull();
                assertThat(text(share, "name")).isEqualTo(expected[0]);
                assertThat(share.path("basis").asLong()).as(expected[0]).isEqualTo(Long.parseLong(expected[1]));
                assertThat(text(share, "percentage")).as(expected[0]).isEqualTo(expected[2]);
                assertThat(text(share, "amount")).as(expected[0]).isEqualTo(expected[3]);
            }
            assertThat(text(table, "sumOfAmounts")).isEqualTo("81147.99");
            assertThat(text(table, "roundingDifference")).isEqualTo("0.01");
            answers.add(table.toString());
        }
        assertThat(answers.get(1)).as("the beleidsregisseur reads the same table").isEqualTo(answers.get(0));
        assertThat(get(url("/api/care/cost-allocations/2022"), "af.zwolle").status()).as("an AF").isEqualTo(403);
    }

    // --- helpers ------------------------------------------------------------------------------------

    static Map<String, Object> victim(String name, String birthDate, String gender, String nationality,
            String residenceStatus, List<String> forms) {
        Map<String, Object> victim = new LinkedHashMap<>();
        victim.put("displayName", name);
        victim.put("birthDate", birthDate);
        victim.put("gender", gender);
        victim.put("nationality", nationality);
        victim.put("residenceStatus", residenceStatus);
        victim.put("exploitationForms", forms);
        return victim;
    }

    /** The trajectory of the casus in {@code user}'s listTrajectories?caseId=, or null while there is none. */
    static JsonNode trajectoryOfCase(String user, String caseId) {
        var list = get(url("/api/care/trajectories?size=100&caseId=" + caseId), user);
        assertThat(list.status()).as(user + " lists trajectories: " + list.body()).isEqualTo(200);
        JsonNode items = list.json().path("items");
        assertThat(items.size()).as("one trajectory per care track: " + list.body()).isLessThanOrEqualTo(1);
        return items.isEmpty() ? null : items.get(0);
    }

    private static JsonNode trajectory(String user, String id) {
        var read = get(url("/api/care/trajectories/" + id), user);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json();
    }

    /** The NOODBED capacity of the location in {@code user}'s listCapacity. */
    private static JsonNode capacity(String user, String location) {
        var list = get(url("/api/care/capacity?placementType=NOODBED"), user);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        for (JsonNode item : list.json()) {
            if (location.equals(text(item, "locationId")) && "NOODBED".equals(text(item, "placementType"))) {
                return item;
            }
        }
        throw new AssertionError("no NOODBED capacity of " + location + " for " + user + ": " + list.body());
    }

    /** A call of Humanitas' system with its client-credentials token. */
    private static Api.Response asHumanitas(String method, String path, Object body, String idempotencyKey) {
        Map<String, String> headers = idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey);
        return Api.call(method, url(path), Api.clientToken(HUMANITAS, HUMANITAS_SECRET),
                body == null ? null : Api.JSON.writeValueAsString(body), headers);
    }

    /** The notification of that kind about the placement (or its trajectory) in the user's inbox, or null. */
    static JsonNode notification(String user, String kind, String placementId, String trajectoryId) {
        var inbox = get(url("/api/inbox?size=100"), user);
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        for (JsonNode item : inbox.json().path("items")) {
            String about = text(item.path("about"), "id");
            if (kind.equals(text(item, "kind")) && (placementId.equals(about) || trajectoryId.equals(about))) {
                return item;
            }
        }
        return null;
    }

    /** The fields of the answer that hold something (an empty list, as the generated models send it, holds nothing). */
    private static List<String> filledFields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(name -> {
            JsonNode value = node.get(name);
            if (!value.isNull() && !(value.isArray() && value.isEmpty())) {
                names.add(name);
            }
        });
        return names;
    }

    private static void assertProblem(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(text(response.json(), "type")).as(response.body()).isEqualTo(PROBLEM + type);
    }
}
