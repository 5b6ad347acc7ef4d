package nl.mensenhandel.care.trajectories;

import static nl.mensenhandel.care.trajectories.TrajectoryTestCalls.AF_DEVENTER;
import static nl.mensenhandel.care.trajectories.TrajectoryTestCalls.AF_ZWOLLE;
import static nl.mensenhandel.care.trajectories.TrajectoryTestCalls.REGION;
import static nl.mensenhandel.care.trajectories.TrajectoryTestCalls.TABLE;
import static nl.mensenhandel.care.trajectories.TrajectoryTestCalls.ZC;
import static nl.mensenhandel.care.trajectories.TrajectoryTestCalls.id;
import static nl.mensenhandel.care.trajectories.TrajectoryTestCalls.json;
import static nl.mensenhandel.care.trajectories.TrajectoryTestCalls.newTrajectory;
import static nl.mensenhandel.care.trajectories.TrajectoryTestCalls.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.jayway.jsonpath.JsonPath;

import nl.mensenhandel.care.requests.CareRequest;
import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * Rule trajectories-need-to-know: the AF (trajectories of their municipalities) and the table (trajectories its
 * casussen opened) see a trajectory's STATUS ONLY — id, region, reference, the casus part of the origin, status and
 * since when. Nothing about the victim or the care: this test fails as soon as a name, a birth date, a need, a
 * task, the next action, the responsible municipality, the history or the monitoring reaches them.
 */
class TrajectoryNeedToKnowTest extends ApiTestSupport {

    static final List<String> STATUS_ONLY = List.of("id", "region", "reference", "origin", "status", "statusSince");
    static final List<String> CASUS_ORIGIN = List.of("kind", "caseId", "caseReference", "trackId");
    /** What the zorgcoordinator wrote about the victim and the care, none of which may reach the AF or the table. */
    static final List<String> SECRETS = List.of("Roxana", "2001-04-12", "Afspraak huisarts", "Bellen met",
            "MEDISCH", "OPVANG", "SEKSUEEL", "GM0150", "Huisartsenpraktijk", "EU_BURGER", "zc.ijsselland");

    @Autowired
    ReactiveMongoTemplate mongo;

    TrajectoryTestCalls calls;
    String fromTable;
    String caseId;
    String direct;

    @BeforeEach
    void twoTrajectories() {
        calls = new TrajectoryTestCalls(api);
        mongo.remove(new Query(), StoredTrajectory.class).block();
        mongo.remove(new Query(), CareRequest.class).block();
        // the table's casus in Zwolle opened one; the zorgcoordinator records what they know of the victim (found in
        // Zwolle, not registered)
        caseId = UUID.randomUUID().toString();
        String careRequest = id(calls.receiveCareRequest(caseId, List.of("GM0193"), "cmd-" + caseId).expectStatus()
                .isCreated());
        fromTable = TrajectoryOpening.trajectoryIdOf(careRequest);
        Map<String, Object> update = new HashMap<>(newTrajectory("Roxana", null));
        update.put("victim", TrajectoryTestCalls.victim("Roxana", null, "GM0193"));
        update.put("version", 0);
        calls.update(ZC, fromTable, update).expectStatus().isOk();
        // one the zorgcoordinator opened directly, for a victim registered in Zwolle (BRP)
        direct = calls.opened(newTrajectory("Roxana", "GM0193"));
    }

    static void assertStatusOnly(Map<String, Object> trajectory) {
        assertThat(trajectory.keySet()).containsExactlyInAnyOrderElementsOf(STATUS_ONLY);
        @SuppressWarnings("unchecked")
        Map<String, Object> origin = (Map<String, Object>) trajectory.get("origin");
        assertThat(CASUS_ORIGIN).containsAll(origin.keySet());
    }

    static void assertNoSecrets(String answer) {
        for (String secret : SECRETS) {
            assertThat(answer).as("leaks " + secret).doesNotContain(secret);
        }
    }

    @Test
    void theAfOfTheMunicipalitySeesTheStatusOnly() {
        String answer = json(calls.get(AF_ZWOLLE, fromTable).expectStatus().isOk());
        assertStatusOnly(JsonPath.read(answer, "$"));
        assertNoSecrets(answer);
        assertThat((String) JsonPath.read(answer, "$.origin.caseId")).isEqualTo(caseId);
        assertThat((String) JsonPath.read(answer, "$.status")).isEqualTo("AANGEMELD");
        // responsible municipality Zwolle (BRP) brings the direct one into the AF's scope too — status only
        String directAnswer = json(calls.get(AF_ZWOLLE, direct).expectStatus().isOk());
        assertStatusOnly(JsonPath.read(directAnswer, "$"));
        assertNoSecrets(directAnswer);
        assertThat((String) JsonPath.read(directAnswer, "$.origin.kind")).isEqualTo("ZORGCOORDINATOR");
    }

    @Test
    void theTableSeesTheStatusOfTheTrajectoriesItsCasussenOpenedOnly() {
        String answer = json(calls.get(TABLE, fromTable).expectStatus().isOk());
        assertStatusOnly(JsonPath.read(answer, "$"));
        assertNoSecrets(answer);
        calls.get(TABLE, direct).expectStatus().isNotFound();
    }

    @Test
    void theirListsAreStatusOnlyAndInScope() {
        String afList = json(calls.list(AF_ZWOLLE, "").expectStatus().isOk());
        List<Map<String, Object>> afItems = JsonPath.read(afList, "$.items");
        assertThat(afItems).hasSize(2).allSatisfy(TrajectoryNeedToKnowTest::assertStatusOnly);
        assertNoSecrets(afList);
        String tableList = json(calls.list(TABLE, "?caseId=" + caseId).expectStatus().isOk());
        List<Map<String, Object>> tableItems = JsonPath.read(tableList, "$.items");
        assertThat(tableItems).hasSize(1).allSatisfy(TrajectoryNeedToKnowTest::assertStatusOnly);
        assertNoSecrets(tableList);
        assertThat((List<Object>) JsonPath.read(json(calls.list(TABLE, "")), "$.items")).hasSize(1);
    }

    @Test
    void outsideTheirScopeNotFound() {
        calls.get(AF_DEVENTER, fromTable).expectStatus().isNotFound();
        calls.get(AF_DEVENTER, direct).expectStatus().isNotFound();
        assertThat((List<Object>) JsonPath.read(json(calls.list(AF_DEVENTER, "")), "$.items")).isEmpty();
        // the same roles in another region: 404 and nothing listed
        var afRotterdam = TestJwts.user("af.rotterdam", "rotterdam", List.of("GM0599"), "aandachtsfunctionaris");
        var tableKennemerland = TestJwts.user("casustafel.kennemerland", "kennemerland", List.of(), "casustafel");
        calls.get(afRotterdam, fromTable).expectStatus().isNotFound();
        calls.get(tableKennemerland, fromTable).expectStatus().isNotFound();
        assertThat((List<Object>) JsonPath.read(json(calls.list(tableKennemerland, "")), "$.items")).isEmpty();
    }

    @Test
    void theZorgcoordinatorSeesEverything() {
        String answer = json(calls.get(ZC, fromTable).expectStatus().isOk());
        assertThat(answer).contains("Roxana", "Afspraak huisarts", "MEDISCH");
        assertThat((String) read(calls.get(ZC, fromTable), "$.origin.careRequestId")).isNotBlank();
        assertThat(REGION).isEqualTo(JsonPath.read(answer, "$.region"));
    }
}
