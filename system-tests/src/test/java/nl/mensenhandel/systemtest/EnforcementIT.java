package nl.mensenhandel.systemtest;

import static nl.mensenhandel.systemtest.Api.get;
import static nl.mensenhandel.systemtest.Triage.text;
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
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * Issue 10, "done when", through the gateway with real Keycloak tokens. Zaanstad's handhaver records an integrated
 * inspection at an overcrowded address — 14 persons in 60 m², one of them registered in the BRP, people sleeping at
 * their workplace: the finding answers overbewoning at once, and its trafficking indicators become a signal that
 * reaches Zaanstad's AF (source INTEGRALE_CONTROLE) through enforcement-service's outbox — once, however often the
 * field tool sends the finding again; the same id with other content is a conflict naming both versions. A field
 * tool syncs 1,000 findings twice: the second time creates nothing. A measure walks the Awb procedure (voornemen →
 * zienswijze → besluit → uitvoering → beëindigd) with an illegal step refused and a bezwaar that does not stop
 * execution (Awb 6:16); a verblijfsontzegging of 13 weeks is refused by its rule; spoedeisende bestuursdwang that
 * costs people their home asks the zorgcoördinator for emergency housing. Another region's handhaver finds nothing.
 */
@ExtendWith(RunningPlatform.class)
class EnforcementIT {

    static final String HANDHAVER = "handhaver.zaanstad";
    static final String AF = "af.zaanstad";
    static final String ZAANSTAD = "GM0479";
    static final String OTHER_REGION_HANDHAVER = "handhaver.heemstede";
    private static final String PROBLEM = "urn:mensenhandel:problem:";
    /** The outbox delivers at once when the receiver is up; a dispatcher's poll is seconds. */
    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Test
    void aFindingAtAnOvercrowdedAddressRaisesOverbewoningAndItsSignalReachesTheAfOnce() {
        String run = run();
        String inspectionId = inspection(run, "HUISVESTING");

        // 14 persons in 60 m² usable floor area (at most 5), one registered in the BRP, sleeping at their workplace
        Instant observedAt = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS)
                .minusSeconds(ThreadLocalRandom.current().nextInt(3600));
        String findingId = UUID.randomUUID().toString();
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("id", findingId);
        finding.put("observedAt", observedAt.toString());
        finding.put("personsPresent", 14);
        finding.put("personsRegisteredInBrp", 1);
        finding.put("usableFloorAreaM2", 60);
        finding.put("sleepingPlaces", 14);
        finding.put("minorsPresent", 0);
        finding.put("fireSafety", "GEBREKEN");
        finding.put("sanitation", "ERNSTIG");
        finding.put("traffickingIndicators", List.of(Map.of("form", "ARBEID", "indicator", "SLAAPT_OP_WERKPLEK"),
                Map.of("form", "ARBEID", "indicator", "GEEN_EIGEN_IDENTITEITSBEWIJS")));
        finding.put("observations", "Systeemtest handhaving " + run + ": matrassen in de werkplaats, paspoorten bij de"
                + " werkgever");
        String findings = "/api/enforcement/inspections/" + inspectionId + "/findings";
        String key = "enforcement-it-finding-" + run;
        var recorded = Api.post(url(findings), HANDHAVER, finding, key);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        JsonNode answer = recorded.json();
        assertThat(answer.path("overbewoning").asBoolean()).as("14 persons in 60 m²: " + answer).isTrue();
        assertThat(answer.path("maxPersonsForArea").asInt()).isEqualTo(5);
        assertThat(answer.path("brpDiscrepancy").asBoolean()).as("14 present, 1 registered").isTrue();
        assertThat(text(answer, "recordedBy")).isEqualTo(HANDHAVER);
        assertThat(text(answer.path("signal"), "status")).as("the finding holds its signal until delivered: " + answer)
                .isIn("TE_VERZENDEN", "AFGELEVERD");

        // the signal reaches Zaanstad's AF: source INTEGRALE_CONTROLE, as observed
        JsonNode signal = Triage.await("the inspection signal in " + AF + "'s work list", DELIVERY,
                () -> inspectionSignal(observedAt).stream().findFirst().orElse(null));
        String signalId = text(signal, "id");
        var read = get(url("/api/signals/" + signalId), AF);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(text(read.json(), "sourceType")).isEqualTo("INTEGRALE_CONTROLE");
        assertThat(text(read.json(), "municipalityCode")).isEqualTo(ZAANSTAD);
        assertThat(read.json().path("forms").toString()).as(read.body()).contains("\"ARBEID\"");
        // ... and the finding says it was delivered, naming that signal
        JsonNode delivered = Triage.await("the finding's signal AFGELEVERD", DELIVERY, () -> {
            JsonNode stored = finding(inspectionId, findingId);
            return "AFGELEVERD".equals(text(stored.path("signal"), "status")) ? stored : null;
        });
        assertThat(text(delivered.path("signal"), "signalId")).isEqualTo(signalId);
        // the handhaver follows it as its reporter
        var mine = get(url("/api/signals/reported-by-me?size=100"), HANDHAVER);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.body()).as("the handhaver reported the inspection signal").contains(signalId);

        // the field tool sends the finding again (a retry with its key, and later without): already received
        var retried = Api.post(url(findings), HANDHAVER, finding, key);
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(text(retried.json(), "id")).isEqualTo(findingId);
        var again = Api.post(url(findings), HANDHAVER, finding, null);
        assertThat(again.status()).as("the same id and content without a key: " + again.body()).isEqualTo(200);
        assertThat(text(again.json(), "id")).isEqualTo(findingId);
        var listed = get(url(findings), HANDHAVER);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json().path("items").findValuesAsString("id")).containsExactly(findingId);
        sleep(Duration.ofSeconds(3));
        assertThat(inspectionSignal(observedAt)).as("one signal, however often the finding came").hasSize(1);

        // the same id with other content: a conflict naming both versions, nothing changed
        Map<String, Object> other = new LinkedHashMap<>(finding);
        other.put("personsPresent", 15);
        var conflict = Api.post(url(findings), HANDHAVER, other, null);
        assertProblem(conflict, 409, "field-record-conflict");
        assertThat(conflict.json().path("stored").path("personsPresent").asInt()).as(conflict.body()).isEqualTo(14);
        assertThat(conflict.json().path("received").path("personsPresent").asInt()).as(conflict.body()).isEqualTo(15);
        assertThat(finding(inspectionId, findingId).path("personsPresent").asInt()).isEqualTo(14);

        // the inspection shows the overbewoning; another region's handhaver finds none of it
        var inspection = get(url("/api/enforcement/inspections/" + inspectionId), HANDHAVER);
        assertThat(inspection.status()).as(inspection.body()).isEqualTo(200);
        assertThat(inspection.json().path("overbewoning").asBoolean()).as(inspection.body()).isTrue();
        for (String path : List.of("/api/enforcement/inspections/" + inspectionId, findings)) {
            var theirs = get(url(path), OTHER_REGION_HANDHAVER);
            assertProblem(theirs, 404, "not-found");
            assertThat(theirs.body()).doesNotContain(run, findingId);
        }
        var theirFinding = Api.post(url(findings), OTHER_REGION_HANDHAVER, Map.of("id", UUID.randomUUID().toString(),
                "observedAt", observedAt.toString(), "personsPresent", 1), null);
        assertProblem(theirFinding, 404, "not-found");
    }

    @Test
    void aFieldToolSyncsAThousandFindingsTwiceAndTheSecondTimeCreatesNothing() {
        String run = run();
        String inspectionId = inspection(run, "ADRESKWALITEIT");
        Instant observed = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Map<String, Object> finding = new LinkedHashMap<>();
            finding.put("id", UUID.randomUUID().toString());
            finding.put("observedAt", observed.plusSeconds(i).toString());
            finding.put("personsPresent", 1 + i % 6);
            finding.put("personsRegisteredInBrp", 1 + i % 3);
            finding.put("usableFloorAreaM2", 40 + i % 50);
            records.add(Map.of("type", "FINDING", "inspectionId", inspectionId, "finding", finding));
        }
        Map<String, Object> batch = Map.of("deviceId", "systeemtest-" + run, "records", records);

        JsonNode first = sync(batch);
        assertThat(first.path("created").asInt()).as(summary(first)).isEqualTo(1000);
        assertThat(first.path("alreadyReceived").asInt()).isZero();
        assertThat(first.path("results").size()).isEqualTo(1000);
        for (int i = 0; i < 1000; i++) {
            JsonNode result = first.path("results").get(i);
            assertThat(result.path("index").asInt()).isEqualTo(i);
            assertThat(text(result, "outcome")).as(result.toString()).isEqualTo("CREATED");
            assertThat(text(result, "id")).isEqualTo(((Map<?, ?>) records.get(i).get("finding")).get("id"));
        }

        // the device did not hear the answer and sends the whole batch again: nothing is created
        JsonNode second = sync(batch);
        assertThat(second.path("created").asInt()).as(summary(second)).isZero();
        assertThat(second.path("alreadyReceived").asInt()).isEqualTo(1000);
        assertThat(second.path("conflicts").asInt()).isZero();
        assertThat(second.path("rejected").asInt()).isZero();
        assertThat(second.path("results").findValuesAsString("outcome")).hasSize(1000).containsOnly("ALREADY_RECEIVED");
        var listed = get(url("/api/enforcement/inspections/" + inspectionId + "/findings"), HANDHAVER);
        assertThat(listed.status()).as(listed.body().length() > 300 ? listed.body().substring(0, 300) : listed.body())
                .isEqualTo(200);
        assertThat(listed.json().path("items").size()).as("findings stored once each").isEqualTo(1000);

        // one record changed on the device meanwhile: that record is a conflict naming both, the others unchanged
        Map<String, Object> changed = new LinkedHashMap<>((Map<String, Object>) cast(records.get(7).get("finding")));
        changed.put("personsPresent", 99);
        List<Map<String, Object>> third = new ArrayList<>(records.subList(0, 10));
        third.set(7, Map.of("type", "FINDING", "inspectionId", inspectionId, "finding", changed));
        JsonNode mixed = sync(Map.of("deviceId", "systeemtest-" + run, "records", third));
        assertThat(mixed.path("conflicts").asInt()).as(summary(mixed)).isEqualTo(1);
        assertThat(mixed.path("alreadyReceived").asInt()).isEqualTo(9);
        JsonNode conflict = mixed.path("results").get(7);
        assertThat(text(conflict, "outcome")).isEqualTo("CONFLICT");
        assertThat(text(conflict.path("problem"), "type")).isEqualTo(PROBLEM + "field-record-conflict");
        assertThat(conflict.path("problem").path("stored").path("personsPresent").asInt()).as(conflict.toString())
                .isEqualTo(1 + 7 % 6);
        assertThat(conflict.path("problem").path("received").path("personsPresent").asInt()).isEqualTo(99);
    }

    @Test
    void aMeasureWalksTheAwbProcedureAndABezwaarDoesNotStopItsExecution() {
        String run = run();
        String today = LocalDate.now(Triage.DUTCH_TIME).toString();
        JsonNode measure = propose(verblijfsontzegging(run, 8), "enforcement-it-measure-" + run);
        assertThat(text(measure, "status")).isEqualTo("VOORNEMEN");
        assertThat(measure.path("executionSuspended").asBoolean()).isFalse();
        String id = text(measure, "id");

        // an illegal step: from voornemen straight to execution
        var skipped = advance(id, "UITVOERING", measure.path("version").asLong(), null);
        assertProblem(skipped, 409, "illegal-transition");
        assertThat(text(measureAs(HANDHAVER, id), "status")).isEqualTo("VOORNEMEN");

        measure = step(id, "ZIENSWIJZE", measure, null);
        // an edit of an older version is refused
        var stale = advance(id, "BESLUIT", measure.path("version").asLong() - 1, "VO-" + run);
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        measure = step(id, "BESLUIT", measure, "VO-" + run);

        // a bezwaar runs beside the decision: the status stays, execution is not suspended
        var bezwaar = Api.post(url("/api/enforcement/measures/" + id + "/remedies"), HANDHAVER,
                Map.of("kind", "BEZWAAR", "filedOn", today, "reference", "BZ-" + run), "enforcement-it-bezwaar-" + run);
        assertThat(bezwaar.status()).as(bezwaar.body()).isEqualTo(201);
        assertThat(text(bezwaar.json(), "status")).isEqualTo("BESLUIT");
        assertThat(bezwaar.json().path("executionSuspended").asBoolean()).isFalse();
        assertThat(bezwaar.json().path("remedies").findValuesAsString("kind")).containsExactly("BEZWAAR");
        measure = bezwaar.json();

        // Awb 6:16: the bezwaar does not stop execution
        measure = step(id, "UITVOERING", measure, null);
        assertThat(measure.path("remedies").size()).as("the bezwaar is still pending").isEqualTo(1);
        measure = step(id, "BEEINDIGD", measure, null);
        assertThat(measure.path("history").findValuesAsString("to"))
                .containsSubsequence("ZIENSWIJZE", "BESLUIT", "UITVOERING", "BEEINDIGD");
        var after = advance(id, "UITVOERING", measure.path("version").asLong(), null);
        assertProblem(after, 409, "illegal-transition");

        assertProblem(get(url("/api/enforcement/measures/" + id), OTHER_REGION_HANDHAVER), 404, "not-found");
    }

    @Test
    void aVerblijfsontzeggingOfThirteenWeeksIsRefusedByItsRule() {
        String run = run();
        var refused = Api.post(url("/api/enforcement/measures"), HANDHAVER, verblijfsontzegging(run, 13),
                "enforcement-it-13-weeks-" + run);
        assertProblem(refused, 422, "unprocessable");
        assertThat(refused.body()).contains("verblijfsontzegging-max-12-weeks");
        // twelve weeks is the limit itself (APV 2:78)
        JsonNode twelve = propose(verblijfsontzegging(run, 12), "enforcement-it-12-weeks-" + run);
        assertThat(twelve.path("durationWeeks").asInt()).isEqualTo(12);
    }

    @Test
    void spoedeisendeBestuursdwangThatCostsPeopleTheirHomeAsksTheZorgcoordinatorForEmergencyHousing() {
        String run = run();
        String today = LocalDate.now(Triage.DUTCH_TIME).toString();
        Map<String, Object> spoed = new LinkedHashMap<>();
        spoed.put("instrumentCode", "BESTUURSDWANG_WONING");
        spoed.put("municipalityCode", ZAANSTAD);
        spoed.put("competentAuthority", competentAuthority("BESTUURSDWANG_WONING", today));
        spoed.put("proposedOn", today);
        spoed.put("address", address(run));
        spoed.put("spoedeisend", true);
        spoed.put("threats", List.of("VEILIGHEID", "GEZONDHEID"));
        spoed.put("displacedPersons", Map.of("adults", 3, "minors", 2,
                "shelterNeededFrom", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
        spoed.put("grounds", "Systeemtest handhaving " + run + ": kinderen in een schimmelige kelder");
        JsonNode measure = propose(spoed, "enforcement-it-spoed-" + run);
        String id = text(measure, "id");
        // no voornemen, no zienswijze: in execution at once, to be put in writing within days
        assertThat(text(measure, "status")).isEqualTo("UITVOERING");
        assertThat(measure.path("spoedeisend").asBoolean()).isTrue();
        assertThat(text(measure, "writingDueOn")).as(measure.toString()).isNotNull();
        assertThat(measure.path("writingOverdue").asBoolean()).isFalse();
        assertThat(text(measure, "careRequest")).isIn("TE_VERZENDEN", "AFGELEVERD");

        // the zorgcoördinator of the region sees the request: counts only
        JsonNode request = Triage.await("the emergency-housing request of measure " + id + " for zc.zaanstreek",
                DELIVERY, () -> emergencyHousingRequest("zc.zaanstreek", id));
        assertThat(text(request, "region")).isEqualTo("zaanstreek-waterland");
        assertThat(text(request, "municipalityCode")).isEqualTo(ZAANSTAD);
        assertThat(request.path("adults").asInt()).isEqualTo(3);
        assertThat(request.path("minors").asInt()).isEqualTo(2);
        assertThat(request.toString()).doesNotContain(run);
        assertThat(emergencyHousingRequest("zc.kennemerland", id)).as("another region's zorgcoördinator").isNull();
        JsonNode delivered = Triage.await("the measure's care request AFGELEVERD", DELIVERY, () -> {
            JsonNode stored = measureAs(HANDHAVER, id);
            return "AFGELEVERD".equals(text(stored, "careRequest")) ? stored : null;
        });
        assertThat(text(delivered, "status")).isEqualTo("UITVOERING");

        // put in writing afterwards, once
        var written = Api.post(url("/api/enforcement/measures/" + id + "/written-decision"), HANDHAVER,
                Map.of("writtenOn", today, "decisionReference", "BD-" + run), null);
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(text(written.json().path("writtenDecision"), "decisionReference")).isEqualTo("BD-" + run);
        assertThat(written.json().path("writingOverdue").asBoolean()).isFalse();
        var twice = Api.post(url("/api/enforcement/measures/" + id + "/written-decision"), HANDHAVER,
                Map.of("writtenOn", today, "decisionReference", "BD-" + run), null);
        assertThat(twice.status()).as(twice.body()).isEqualTo(409);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** An ad-hoc inspection in Zaanstad, carried out an hour ago by its handhaver; its id (made by the "device"). */
    private static String inspection(String run, String type) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("municipalityCode", ZAANSTAD);
        body.put("inspectionType", type);
        body.put("origin", "AD_HOC");
        body.put("address", address(run));
        body.put("organisations", List.of("GEMEENTE", "POLITIE_AVIM", "NLA"));
        body.put("startedAt", Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("status", "UITGEVOERD");
        var created = Api.post(url("/api/enforcement/inspections"), HANDHAVER, body, "enforcement-it-inspection-" + run);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(text(created.json(), "id")).isEqualTo(id);
        assertThat(text(created.json(), "region")).isEqualTo("zaanstreek-waterland");
        return id;
    }

    private static Map<String, Object> address(String run) {
        return Map.of("street", "Systeemtest " + run, "houseNumber", "56", "postcode", "1506 AB", "city", "Zaandam");
    }

    /** Zaanstad's AF's signals from integrated inspections observed at that instant (newest first). */
    private static List<JsonNode> inspectionSignal(Instant observedAt) {
        var list = get(url("/api/signals?size=100&sort=NEWEST&municipalityCode=" + ZAANSTAD), AF);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode item : list.json().path("items")) {
            if ("INTEGRALE_CONTROLE".equals(text(item, "sourceType")) && text(item, "observedAt") != null
                    && Instant.parse(text(item, "observedAt")).equals(observedAt)) {
                found.add(item);
            }
        }
        return found;
    }

    private static JsonNode finding(String inspectionId, String findingId) {
        var list = get(url("/api/enforcement/inspections/" + inspectionId + "/findings"), HANDHAVER);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        for (JsonNode item : list.json().path("items")) {
            if (findingId.equals(text(item, "id"))) {
                return item;
            }
        }
        throw new AssertionError("finding " + findingId + " not listed: " + list.body());
    }

    private static JsonNode sync(Map<String, Object> batch) {
        var synced = Api.call("POST", url("/api/enforcement/field-sync"), Api.token(HANDHAVER),
                Api.JSON.writeValueAsString(batch), Map.of(), Duration.ofMinutes(3));
        assertThat(synced.status()).as(synced.body().length() > 500 ? synced.body().substring(0, 500) : synced.body())
                .isEqualTo(200);
        return synced.json();
    }

    private static String summary(JsonNode result) {
        return "created " + result.path("created") + ", updated " + result.path("updated") + ", already received "
                + result.path("alreadyReceived") + ", conflicts " + result.path("conflicts") + ", rejected "
                + result.path("rejected") + "; first results " + (result.path("results").size() > 0
                        ? result.path("results").get(0) : "none");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> verblijfsontzegging(String run, int weeks) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("instrumentCode", "VERBLIJFSONTZEGGING");
        body.put("municipalityCode", ZAANSTAD);
        body.put("competentAuthority", "BURGEMEESTER");
        body.put("proposedOn", LocalDate.now(Triage.DUTCH_TIME).toString());
        body.put("address", address(run));
        body.put("spoedeisend", false);
        body.put("durationWeeks", weeks);
        body.put("grounds", "Systeemtest handhaving " + run + ": herhaalde overlast rond de woning");
        return body;
    }

    /** The competent authority of an instrument in Zaanstad's catalogue today (a measure must name it). */
    private static String competentAuthority(String instrumentCode, String date) {
        var instruments = get(url("/api/enforcement/instruments?date=" + date + "&municipalityCode=" + ZAANSTAD),
                HANDHAVER);
        assertThat(instruments.status()).as(instruments.body()).isEqualTo(200);
        for (JsonNode instrument : instruments.json().path("items")) {
            if (instrumentCode.equals(text(instrument, "code"))) {
                return text(instrument, "competentAuthority");
            }
        }
        throw new AssertionError(instrumentCode + " is not in Zaanstad's catalogue: " + instruments.body());
    }

    private static JsonNode propose(Map<String, Object> body, String key) {
        var proposed = Api.post(url("/api/enforcement/measures"), HANDHAVER, body, key);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        return proposed.json();
    }

    private static Api.Response advance(String id, String to, long version, String decisionReference) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        body.put("date", LocalDate.now(Triage.DUTCH_TIME).toString());
        body.put("version", version);
        if (decisionReference != null) {
            body.put("decisionReference", decisionReference);
        }
        return Api.post(url("/api/enforcement/measures/" + id + "/transitions"), HANDHAVER, body, null);
    }

    /** One allowed step on the measure's current version; the measure after it. */
    private static JsonNode step(String id, String to, JsonNode current, String decisionReference) {
        var moved = advance(id, to, current.path("version").asLong(), decisionReference);
        assertThat(moved.status()).as("to " + to + ": " + moved.body()).isEqualTo(200);
        assertThat(text(moved.json(), "status")).isEqualTo(to);
        assertThat(moved.json().path("version").asLong()).isGreaterThan(current.path("version").asLong());
        return moved.json();
    }

    private static JsonNode measureAs(String user, String id) {
        var read = get(url("/api/enforcement/measures/" + id), user);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json();
    }

    /** The emergency-housing request about the measure in the zorgcoördinator's list, or null. */
    private static JsonNode emergencyHousingRequest(String zc, String measureId) {
        var list = get(url("/api/care/emergency-housing-requests?size=100"), zc);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        for (JsonNode item : list.json().path("items")) {
            if (measureId.equals(text(item, "measureId"))) {
                return item;
            }
        }
        return null;
    }

    private static void assertProblem(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(text(response.json(), "type")).as(response.body()).isEqualTo(PROBLEM + type);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
