package nl.mensenhandel.systemtest;

import static nl.mensenhandel.systemtest.Api.get;
import static nl.mensenhandel.systemtest.Api.post;
import static nl.mensenhandel.systemtest.Api.postPublic;
import static nl.mensenhandel.systemtest.Api.put;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * Issue 3, the interne meldroute from intake to feedback, end to end through the gateway with real
 * Keycloak tokens, checked against {@code api-specs/signal-service.yaml}: anonymous intake and status
 * check, routing to the AF of the exploitation municipality (shared AF, residence AF informed, another
 * region), the lifecycle, enrichment, duplicates with a reversible merge, feedback and the reporter's
 * view, regional categories, and what must be refused.
 *
 * <p>Each test makes its own signals, marked with a fresh UUID and a random address, so runs against a
 * long-lived platform do not see each other's data. Nothing here depends on demo data or on the order of
 * the tests, nor on {@link PlatformThroughGatewayIT} (which stops and restarts another service).
 */
@ExtendWith(RunningPlatform.class)
class MeldrouteIT {

    static final String PROBLEM = "urn:mensenhandel:problem:";
    static final String CASE_CODE = "MH-[A-Z0-9]{4}-[A-Z0-9]{4}";
    /** What a reporter (or an anonymous resident) may never see. */
    static final List<String> CONTENT_FIELDS = List.of("description", "enrichments", "persons", "location",
            "reporter", "history", "links", "indicators");

    // --- the walk -----------------------------------------------------------------------------------

    @Test
    void anAnonymousSignalWalksTheWholeRouteAndTheResidentSeesOnlyStatusAndFeedback() {
        String run = UUID.randomUUID().toString();
        Map<String, Object> address = uniqueAddress("Zaandam");
        Instant observed = uniqueObservedAt();

        // 1. a resident reports without an account
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("municipalityCode", "GM0479");
        report.put("forms", List.of("ARBEID"));
        report.put("description", "Systeemtest anoniem " + run + ": steeds wisselende groepen mannen in het pand");
        report.put("observedAt", observed.toString());
        report.put("location", address);
        String key = "systeemtest-anoniem-" + run;
        var receipt = postPublic(url("/api/public/anonymous-signals"), report, key);
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
        String caseCode = text(receipt.json(), "caseCode");
        String secret = text(receipt.json(), "secret");
        assertThat(caseCode).matches(CASE_CODE);
        assertThat(secret).isNotBlank();
        assertThat(receipt.body()).doesNotContain(run);

        // a retry gives the same case code, and never the secret again
        var retry = postPublic(url("/api/public/anonymous-signals"), report, key);
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(text(retry.json(), "caseCode")).isEqualTo(caseCode);
        assertThat(retry.json().has("secret")).isFalse();

        // 2. it lands in the work list of the AF of Zaanstad, who reads it
        String first = findInWorkList("af.zaanstad", observed, run);
        JsonNode signal = read("af.zaanstad", first);
        assertThat(text(signal, "region")).isEqualTo("zaanstreek-waterland");
        assertThat(text(signal, "municipalityCode")).isEqualTo("GM0479");
        assertThat(text(signal, "sourceType")).isEqualTo("ANONIEM");
        assertThat(text(signal, "status")).isEqualTo("ONTVANGEN");
        assertThat(signal.has("reporter")).as("nothing about an anonymous reporter is stored").isFalse();
        assertThat(signal.has("createdBy")).as("no account behind anonymous intake").isFalse();
        assertThat(text(signal.path("location"), "postcode")).isEqualTo(address.get("postcode"));

        // 3. the AF starts enriching
        JsonNode enriching = transition("af.zaanstad", first, Map.of("to", "IN_VERRIJKING",
                "reason", "Systeemtest: eerst informatie verzamelen"), 200);
        assertThat(text(enriching, "status")).isEqualTo("IN_VERRIJKING");
        JsonNode last = lastOf(enriching.path("history"));
        assertThat(text(last, "from")).isEqualTo("ONTVANGEN");
        assertThat(text(last, "to")).isEqualTo("IN_VERRIJKING");
        assertThat(text(last, "by")).isNotBlank();
        assertThat(text(last, "at")).isNotBlank();

        // 4. an enrichment with its source and legal basis
        var enrichment = post(url("/api/signals/" + first + "/enrichments"), "af.zaanstad", Map.of(
                "source", "BRP", "summary", "Systeemtest " + run + ": op het adres staan 2 personen ingeschreven",
                "legalBasis", "Wet BRP art. 3.3, taak aanpak mensenhandel"), "systeemtest-verrijking-" + run);
        assertThat(enrichment.status()).as(enrichment.body()).isEqualTo(201);
        String enrichmentId = text(enrichment.json(), "id");
        assertThat(text(enrichment.json(), "source")).isEqualTo("BRP");
        assertThat(text(enrichment.json(), "author")).isNotBlank();
        assertThat(read("af.zaanstad", first).path("enrichments").findValuesAsString("id")).contains(enrichmentId);

        // 5. a colleague reports the same address: a possible duplicate
        Map<String, Object> second = professional("GM0479", "Systeemtest tweede melding " + run);
        second.put("location", address);
        second.put("observedAt", observed.toString());
        String secondId = created(post(url("/api/signals"), "melder.zaanstad", second, null));

        var candidates = get(url("/api/signals/" + first + "/duplicate-candidates"), "af.zaanstad");
        assertThat(candidates.status()).as(candidates.body()).isEqualTo(200);
        JsonNode candidate = null;
        for (JsonNode c : candidates.json()) {
            if (secondId.equals(text(c, "signalId"))) {
                candidate = c;
            }
        }
        assertThat(candidate).as("the second signal is a duplicate candidate: " + candidates.body()).isNotNull();
        assertThat(strings(candidate.path("reasons"))).contains("SAME_ADDRESS");

        // 6. merge: raw - unique grows by one, the duplicate leaves the work list (unless asked for)
        long duplicatesBefore = duplicates("af.zaanstad");
        var merge = post(url("/api/signals/" + first + "/links"), "af.zaanstad", Map.of(
                "otherSignalId", secondId, "kind", "MERGE", "reason", "Systeemtest: zelfde adres, zelfde situatie"),
                null);
        assertThat(merge.status()).as(merge.body()).isEqualTo(201);
        String linkId = text(merge.json(), "id");
        assertThat(text(merge.json(), "kind")).isEqualTo("MERGE");
        assertThat(text(merge.json(), "signalId")).isEqualTo(first);
        assertThat(text(merge.json(), "otherSignalId")).isEqualTo(secondId);
        assertThat(duplicates("af.zaanstad")).isEqualTo(duplicatesBefore + 1);
        assertThat(text(read("af.zaanstad", secondId), "mergedInto")).isEqualTo(first);
        assertThat(workListIds("af.zaanstad", window(observed))).contains(first).doesNotContain(secondId);
        assertThat(workListIds("af.zaanstad", window(observed) + "&includeMerged=true")).contains(first, secondId);

        // 7. and undo it: counts back, the link stays in the history marked revoked
        var revoked = post(url("/api/signals/" + first + "/links/" + linkId + "/revocation"), "af.zaanstad",
                Map.of("reason", "Systeemtest: toch twee verschillende situaties"), null);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(text(revoked.json(), "revokedAt")).isNotBlank();
        assertThat(text(revoked.json(), "revokedBy")).isNotBlank();
        assertThat(duplicates("af.zaanstad")).isEqualTo(duplicatesBefore);
        assertThat(read("af.zaanstad", secondId).has("mergedInto")).isFalse();
        assertThat(workListIds("af.zaanstad", window(observed))).contains(first, secondId);
        assertThat(read("af.zaanstad", first).path("links").findValuesAsString("id")).contains(linkId);

        // 8. weighed, and closed with a reason and feedback
        transition("af.zaanstad", first, Map.of("to", "TER_WEGING", "reason", "Systeemtest: naar het signalenoverleg"),
                200);
        String feedback = "Uw melding is onderzocht; er zijn geen aanwijzingen voor uitbuiting gevonden.";
        JsonNode closed = transition("af.zaanstad", first, Map.of("to", "AFGESLOTEN",
                "reason", "Systeemtest: besproken, niet bevestigd", "closingReason", "NIET_BEVESTIGD",
                "feedback", feedback), 200);
        assertThat(text(closed, "status")).isEqualTo("AFGESLOTEN");
        assertThat(text(closed, "closingReason")).isEqualTo("NIET_BEVESTIGD");
        assertThat(text(closed, "feedback")).isEqualTo(feedback);
        assertThat(text(lastOf(closed.path("history")), "closingReason")).isEqualTo("NIET_BEVESTIGD");

        // a closed signal takes no enrichment
        var late = post(url("/api/signals/" + first + "/enrichments"), "af.zaanstad", Map.of("source", "PARTNER",
                "summary", "Systeemtest: te laat", "legalBasis", "Systeemtest"), null);
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertProblem(late, 409);

        // 9. the resident asks the status with case code and secret: the status, nothing else — no feedback
        //    text for an anonymous resident (issue 7 capability 2)
        var status = postPublic(url("/api/public/signal-status"), Map.of("caseCode", caseCode, "secret", secret), null);
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        assertThat(text(status.json(), "status")).isEqualTo("AFGESLOTEN");
        assertThat(status.json().has("feedback")).isFalse();
        assertThat(status.body()).doesNotContain(feedback);
        assertThat(text(status.json(), "updatedAt")).isNotBlank();
        assertThat(status.json().propertyNames()).doesNotContainAnyElementsOf(CONTENT_FIELDS)
                .doesNotContain("id", "closingReason", "enrichments");
        assertThat(status.body()).doesNotContain(run).doesNotContain("BRP").doesNotContain((String) address.get("postcode"));

        // a wrong secret: 404, without saying which part was wrong
        var wrong = postPublic(url("/api/public/signal-status"),
                Map.of("caseCode", caseCode, "secret", "wrong-" + secret), null);
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(404);
        assertProblem(wrong, 404);
        assertThat(wrong.body()).doesNotContain("AFGESLOTEN").doesNotContain(feedback);
    }

    @Test
    void anIllegalTransitionIs409AndClosingWithoutAReasonIsRefused() {
        String id = created(post(url("/api/signals"), "melder.zaanstad",
                professional("GM0479", "Systeemtest levenscyclus " + UUID.randomUUID()), null));

        var skip = post(url("/api/signals/" + id + "/transitions"), "af.zaanstad",
                Map.of("to", "DOORGELEID", "reason", "Systeemtest: overslaan mag niet",
                        "forwardedTo", "Zorgcoördinator", "feedback", "Doorgeleid"), null);
        assertThat(skip.status()).as(skip.body()).isEqualTo(409);
        assertProblem(skip, 409);
        assertThat(text(skip.json(), "type")).isEqualTo(PROBLEM + "illegal-transition");

        var noClosingReason = post(url("/api/signals/" + id + "/transitions"), "af.zaanstad",
                Map.of("to", "AFGESLOTEN", "reason", "Systeemtest: sluiten zonder reden",
                        "feedback", "Afgesloten"), null);
        assertThat(noClosingReason.status()).as(noClosingReason.body()).isIn(400, 422);
        assertProblem(noClosingReason, noClosingReason.status());
        if (noClosingReason.status() == 400) {
            assertThat(fields(noClosingReason)).contains("closingReason");
        }

        // neither attempt changed anything
        JsonNode signal = read("af.zaanstad", id);
        assertThat(text(signal, "status")).isEqualTo("ONTVANGEN");
        assertThat(signal.path("history").size()).isZero();
    }

    // --- routing ------------------------------------------------------------------------------------

    @Test
    void aSharedAfReceivesTheSignalsOfBothMunicipalities() {
        String id = created(post(url("/api/signals"), "melder.zaanstad",
                professional("GM0880", "Systeemtest Wormerland " + UUID.randomUUID()), null));

        assertThat(workListIds("af.oostzaan-wormerland", "municipalityCode=GM0880&sort=NEWEST")).contains(id);
        assertThat(workListIds("af.oostzaan-wormerland", "sort=NEWEST")).contains(id);
        JsonNode signal = read("af.oostzaan-wormerland", id);
        assertThat(text(signal, "municipalityCode")).isEqualTo("GM0880");
        assertThat(signal.path("informedAsResidence").asBoolean(false)).isFalse();

        assertNotFound(get(url("/api/signals/" + id), "af.zaanstad"));
        assertThat(workListIds("af.zaanstad", "sort=NEWEST")).doesNotContain(id);
    }

    @Test
    void theResidenceAfIsInformedButOnlyTheExploitationAfActs() {
        Map<String, Object> body = professional("GM0479", "Systeemtest woonplaats Purmerend " + UUID.randomUUID());
        body.put("residenceMunicipalityCode", "GM0439");
        String id = created(post(url("/api/signals"), "melder.zaanstad", body, null));

        JsonNode informed = read("af.purmerend", id);
        assertThat(text(informed, "municipalityCode")).isEqualTo("GM0479");
        assertThat(text(informed, "residenceMunicipalityCode")).isEqualTo("GM0439");
        assertThat(informed.path("informedAsResidence").asBoolean(false)).isTrue();

        JsonNode row = workListRow("af.purmerend", "sort=NEWEST", id);
        assertThat(row).as("in the work list of the residence AF").isNotNull();
        assertThat(row.path("informedAsResidence").asBoolean(false)).isTrue();

        var act = post(url("/api/signals/" + id + "/transitions"), "af.purmerend",
                Map.of("to", "IN_VERRIJKING", "reason", "Systeemtest: woonplaats-AF mag niet handelen"), null);
        assertThat(act.status()).as(act.body()).isEqualTo(403);
        assertProblem(act, 403);
        var enrich = post(url("/api/signals/" + id + "/enrichments"), "af.purmerend", Map.of("source", "BRP",
                "summary", "Systeemtest", "legalBasis", "Systeemtest"), null);
        assertThat(enrich.status()).as(enrich.body()).isEqualTo(403);

        // the AF of the exploitation municipality sees it as their own
        assertThat(read("af.zaanstad", id).path("informedAsResidence").asBoolean(false)).isFalse();
        assertThat(text(read("af.zaanstad", id), "status")).isEqualTo("ONTVANGEN");
    }

    @Test
    void aResidenceAfInAnotherRegionIsInformedAndReadsButDoesNotAct() {
        Map<String, Object> body = professional("GM0479", "Systeemtest woonplaats Heemstede " + UUID.randomUUID());
        body.put("residenceMunicipalityCode", "GM0397");
        String id = created(post(url("/api/signals"), "melder.zaanstad", body, null));

        JsonNode informed = read("af.heemstede", id);
        assertThat(text(informed, "region")).isEqualTo("zaanstreek-waterland");
        assertThat(informed.path("informedAsResidence").asBoolean(false)).isTrue();
        assertThat(workListRow("af.heemstede", "sort=NEWEST", id)).as("in the work list of the residence AF")
                .isNotNull();
        var act = post(url("/api/signals/" + id + "/transitions"), "af.heemstede",
                Map.of("to", "IN_VERRIJKING", "reason", "Systeemtest: woonplaats-AF mag niet handelen"), null);
        assertThat(act.status()).as(act.body()).isEqualTo(403);
        assertNotFound(get(url("/api/signals/" + id), "af.zwolle"));
    }

    @Test
    void aSignalAboutAnotherRegionGoesThereAndTheReporterKeepsSightOfItsStatus() {
        String marker = "Systeemtest Heemstede " + UUID.randomUUID();
        var created = post(url("/api/signals"), "melder.zaanstad", professional("GM0397", marker), null);
        String id = created(created);
        assertThat(text(created.json(), "region")).isEqualTo("kennemerland");
        assertThat(text(created.json(), "municipalityCode")).isEqualTo("GM0397");

        assertThat(text(read("af.heemstede", id), "description")).isEqualTo(marker);
        assertNotFound(get(url("/api/signals/" + id), "af.zaanstad"));

        JsonNode mine = reportedByMe("melder.zaanstad", id);
        assertThat(mine).as("in reported-by-me of melder.zaanstad").isNotNull();
        assertThat(text(mine, "region")).isEqualTo("kennemerland");
        assertThat(text(mine, "status")).isEqualTo("ONTVANGEN");
        assertThat(mine.propertyNames()).doesNotContainAnyElementsOf(CONTENT_FIELDS);
    }

    @Test
    void whoDoesNotServeTheMunicipalityGets404AndAnotherRoleGets403() {
        String id = created(post(url("/api/signals"), "melder.zaanstad",
                professional("GM0479", "Systeemtest need to know " + UUID.randomUUID()), null));

        var purmerend = get(url("/api/signals/" + id), "af.purmerend");
        assertNotFound(purmerend);
        assertThat(purmerend.body()).doesNotContain("Systeemtest");
        assertNotFound(get(url("/api/signals/" + id), "af.heemstede"));

        var handhaver = get(url("/api/signals/" + id), "handhaver.zaanstad");
        assertThat(handhaver.status()).as(handhaver.body()).isEqualTo(403);
        assertProblem(handhaver, 403);
        assertThat(handhaver.body()).doesNotContain("Systeemtest");
        // the reporter reads status only, through reported-by-me, not the signal itself
        assertThat(get(url("/api/signals/" + id), "melder.zaanstad").status()).isIn(403, 404);
    }

    // --- feedback to the reporter -------------------------------------------------------------------

    @Test
    void theReporterSeesStatusAndFeedbackOfTheirSignalButNeverItsContent() {
        String marker = "Systeemtest terugkoppeling " + UUID.randomUUID();
        Map<String, Object> body = professional("GM0479", marker);
        body.put("urgency", "HOOG");
        body.put("persons", List.of(Map.of("role", "MOGELIJK_SLACHTOFFER", "minor", false, "gender", "VROUW",
                "identifyingHint", "Systeemtest fictief " + marker)));
        String id = created(post(url("/api/signals"), "melder.zaanstad", body, null));

        transition("af.zaanstad", id, Map.of("to", "IN_VERRIJKING", "reason", "Systeemtest"), 200);
        var enrichment = post(url("/api/signals/" + id + "/enrichments"), "af.zaanstad", Map.of("source", "PARTNER",
                "summary", "Systeemtest: bekend bij de zorgpartner", "legalBasis", "Convenant Zorg- en Veiligheidshuis"),
                null);
        assertThat(enrichment.status()).as(enrichment.body()).isEqualTo(201);
        transition("af.zaanstad", id, Map.of("to", "TER_WEGING", "reason", "Systeemtest"), 200);
        String feedback = "Uw melding is doorgezet naar de zorgcoördinator. Dank voor het melden.";
        JsonNode forwarded = transition("af.zaanstad", id, Map.of("to", "DOORGELEID",
                "reason", "Systeemtest: zorgspoor", "forwardedTo", "Zorgcoördinator mensenhandel (HVO Querido)",
                "feedback", feedback), 200);
        assertThat(text(forwarded, "status")).isEqualTo("DOORGELEID");
        assertThat(text(forwarded, "forwardedTo")).isNotBlank();

        JsonNode mine = reportedByMe("melder.zaanstad", id);
        assertThat(mine).as("in reported-by-me of melder.zaanstad").isNotNull();
        assertThat(text(mine, "status")).isEqualTo("DOORGELEID");
        assertThat(text(mine, "feedback")).isEqualTo(feedback);
        assertThat(text(mine, "municipalityCode")).isEqualTo("GM0479");
        assertThat(mine.propertyNames()).doesNotContainAnyElementsOf(CONTENT_FIELDS)
                .doesNotContain("forwardedTo", "closingReason");
        assertThat(mine.toString()).doesNotContain(marker).doesNotContain("zorgpartner");

        // another reporter does not see it
        assertThat(reportedByMe("af.zaanstad", id)).isNull();
    }

    // --- what must be refused -----------------------------------------------------------------------

    @Test
    void invalidIntakeAnswers400NamingTheField() {
        String run = UUID.randomUUID().toString();

        Map<String, Object> unknownMunicipality = professional("GM9999", "Systeemtest " + run);
        assertRejected(post(url("/api/signals"), "melder.zaanstad", unknownMunicipality, null), "municipalityCode");

        Map<String, Object> unknownCategory = professional("GM0479", "Systeemtest " + run);
        unknownCategory.put("categories", List.of("ONBEKEND_" + suffix()));
        assertRejected(post(url("/api/signals"), "melder.zaanstad", unknownCategory, null), "categories");

        // a category of zaanstreek-waterland does not exist in kennemerland
        String code = ensureTestCategory();
        Map<String, Object> otherRegion = professional("GM0397", "Systeemtest " + run);
        otherRegion.put("categories", List.of(code));
        assertRejected(post(url("/api/signals"), "af.heemstede", otherRegion, null), "categories");

        Map<String, Object> future = professional("GM0479", "Systeemtest " + run);
        future.put("observedAt", Instant.now().plus(Duration.ofDays(2)).toString());
        assertRejected(post(url("/api/signals"), "melder.zaanstad", future, null), "observedAt");

        Map<String, Object> oversize = professional("GM0479", "x".repeat(4001));
        assertRejected(post(url("/api/signals"), "melder.zaanstad", oversize, null), "description");

        Map<String, Object> anonymousWithReporter = professional("GM0479", "Systeemtest " + run);
        anonymousWithReporter.put("sourceType", "ANONIEM");
        assertRejected(post(url("/api/signals"), "melder.zaanstad", anonymousWithReporter, null), "reporter");

        Map<String, Object> mmaWithReporter = professional("GM0479", "Systeemtest " + run);
        mmaWithReporter.put("sourceType", "MMA");
        assertRejected(post(url("/api/signals"), "melder.zaanstad", mmaWithReporter, null), "reporter");

        Map<String, Object> professionalWithoutContact = professional("GM0479", "Systeemtest " + run);
        professionalWithoutContact.remove("reporter");
        assertRejected(post(url("/api/signals"), "melder.zaanstad", professionalWithoutContact, null), "reporter");

        // the public intake has no reporter at all
        Map<String, Object> publicWithReporter = new LinkedHashMap<>();
        publicWithReporter.put("municipalityCode", "GM0479");
        publicWithReporter.put("description", "Systeemtest " + run);
        publicWithReporter.put("observedAt", Instant.now().minus(Duration.ofDays(1)).toString());
        publicWithReporter.put("reporter", Map.of("contact", "bewoner@example.org"));
        var response = postPublic(url("/api/public/anonymous-signals"), publicWithReporter, null);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertProblem(response, 400);

        // none of it was stored (the newest signals of both AFs do not carry this run's marker)
        for (String user : List.of("af.zaanstad", "af.heemstede")) {
            for (JsonNode item : workList(user, "sort=NEWEST&size=100").path("items")) {
                assertThat(item.toString()).doesNotContain(run);
            }
        }
    }

    @Test
    void operatorInjectionInQueryParametersIsRefusedOrIgnoredNeverWidening() {
        JsonNode plain = workList("af.zaanstad", "size=100");
        long plainTotal = plain.path("page").path("totalElements").asLong();

        // values that are not of the parameter's type: 400 naming the parameter
        Map<String, String> badValues = Map.of(
                "category=%7B%22%24ne%22%3A1%7D", "category", // {"$ne":1}
                "municipalityCode=GM0479%27%7C%7C%271", "municipalityCode", // GM0479'||'1
                "status=%7B%22%24ne%22%3A%22X%22%7D", "status", // {"$ne":"X"}
                "form=%5B%22ARBEID%22%2C%22SEKSUEEL%22%5D", "form", // ["ARBEID","SEKSUEEL"]
                "observedFrom=%7B%22%24gt%22%3A%22%22%7D", "observedFrom", // {"$gt":""}
                "size=100%20%7C%7C%201", "size");
        badValues.forEach((query, parameter) -> {
            var response = get(url("/api/signals?" + query), "af.zaanstad");
            assertThat(response.status()).as(query + " " + response.body()).isEqualTo(400);
            assertProblem(response, 400);
            assertThat(fields(response)).as(query).contains(parameter);
        });

        // a municipality the AF does not serve is not a way in either
        var notServed = get(url("/api/signals?municipalityCode=GM0439"), "af.zaanstad");
        assertThat(notServed.status()).as(notServed.body()).isIn(200, 400, 403);
        if (notServed.status() == 200) {
            assertThat(notServed.json().path("items").size()).isZero();
        }

        // parameter names the contract does not know are bound to nothing: ignored (the plain work list) or
        // refused, never a wider one. (status%5B%24ne%5D is status[$ne] as curl -g sends it, decoded the same.)
        for (String query : List.of("status%5B%24ne%5D=X", "municipalityCode%5B%24in%5D%5B%5D=GM0439",
                "%24where=1%3D%3D1", "region=kennemerland", "createdBy%5B%24regex%5D=.*")) {
            var response = get(url("/api/signals?size=100&" + query), "af.zaanstad");
            assertThat(response.status()).as(query + " " + response.body()).isIn(200, 400);
            if (response.status() == 200) {
                assertThat(response.json().path("page").path("totalElements").asLong()).as(query)
                        .isEqualTo(plainTotal);
                assertOnlyOwn(response.json(), "GM0479");
            }
        }

        // a path that is not a signal id
        var badId = get(url("/api/signals/%7B%22%24ne%22%3A1%7D"), "af.zaanstad");
        assertThat(badId.status()).as(badId.body()).isIn(400, 404);
    }

    // --- work list ----------------------------------------------------------------------------------

    @Test
    void theWorkListFiltersAndCountsPerStatusOverTheOtherFilters() {
        Instant observed = uniqueObservedAt();
        Map<String, Object> body = professional("GM0479", "Systeemtest werklijst " + UUID.randomUUID());
        body.put("observedAt", observed.toString());
        body.put("forms", List.of("CRIMINEEL"));
        body.put("urgency", "SPOED");
        String id = created(post(url("/api/signals"), "melder.zaanstad", body, null));
        String window = window(observed);

        assertThat(workListIds("af.zaanstad", window + "&status=ONTVANGEN&form=CRIMINEEL&urgency=SPOED")).contains(id);
        assertThat(workListIds("af.zaanstad", window + "&form=SEKSUEEL")).doesNotContain(id);
        assertThat(workListIds("af.zaanstad", window + "&urgency=NORMAAL")).doesNotContain(id);

        JsonNode closedOnly = workList("af.zaanstad", window + "&status=AFGESLOTEN");
        assertThat(closedOnly.path("items").findValuesAsString("id")).doesNotContain(id);
        // statusCounts ignore the status filter
        assertThat(closedOnly.path("statusCounts").path("ONTVANGEN").asLong()).isGreaterThanOrEqualTo(1);
        for (String status : List.of("ONTVANGEN", "IN_VERRIJKING", "TER_WEGING", "DOORGELEID", "AFGESLOTEN")) {
            assertThat(closedOnly.path("statusCounts").has(status)).as(status).isTrue();
        }
    }

    // --- regional configuration ---------------------------------------------------------------------

    @Test
    void theRegioBeheerderKeepsTheRegionsCategoriesAndOnlyThey() {
        String name = "Systeemtest categorie " + UUID.randomUUID();
        var stored = put(url("/api/signals/categories/SYSTEEMTEST_CATEGORIE"), "beheer.zaanstreek",
                Map.of("name", name, "form", "ARBEID"));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(text(stored.json(), "code")).isEqualTo("SYSTEEMTEST_CATEGORIE");
        assertThat(text(stored.json(), "form")).isEqualTo("ARBEID");
        assertThat(stored.json().path("active").asBoolean(false)).isTrue();

        for (String user : List.of("beheer.zaanstreek", "af.zaanstad")) {
            var list = get(url("/api/signals/categories"), user);
            assertThat(list.status()).as(user + " " + list.body()).isEqualTo(200);
            assertThat(categoryNamed(list.json(), "SYSTEEMTEST_CATEGORIE")).as(user).isEqualTo(name);
        }
        // another region has its own list
        var kennemerland = get(url("/api/signals/categories"), "af.heemstede");
        assertThat(kennemerland.status()).isEqualTo(200);
        assertThat(kennemerland.body()).doesNotContain(name);

        var notAllowed = put(url("/api/signals/categories/SYSTEEMTEST_CATEGORIE"), "af.zaanstad",
                Map.of("name", "Systeemtest: mag niet", "form", "ARBEID"));
        assertThat(notAllowed.status()).as(notAllowed.body()).isEqualTo(403);
        assertProblem(notAllowed, 403);
        assertThat(categoryNamed(get(url("/api/signals/categories"), "af.zaanstad").json(), "SYSTEEMTEST_CATEGORIE"))
                .isEqualTo(name);

        var badCode = put(url("/api/signals/categories/lower_case"), "beheer.zaanstreek",
                Map.of("name", "Systeemtest", "form", "ARBEID"));
        assertThat(badCode.status()).as(badCode.body()).isEqualTo(400);

        // a signal may carry the region's category
        Map<String, Object> body = professional("GM0479", "Systeemtest met categorie " + UUID.randomUUID());
        body.put("categories", List.of("SYSTEEMTEST_CATEGORIE"));
        String id = created(post(url("/api/signals"), "melder.zaanstad", body, null));
        assertThat(strings(read("af.zaanstad", id).path("categories"))).containsExactly("SYSTEEMTEST_CATEGORIE");

        // sectors likewise
        var sector = put(url("/api/signals/sectors/SYSTEEMTEST_SECTOR"), "beheer.zaanstreek",
                Map.of("name", "Systeemtest sector"));
        assertThat(sector.status()).as(sector.body()).isEqualTo(200);
        assertThat(get(url("/api/signals/sectors"), "af.zaanstad").body()).contains("SYSTEEMTEST_SECTOR");
        assertThat(put(url("/api/signals/sectors/SYSTEEMTEST_SECTOR"), "af.zaanstad",
                Map.of("name", "Systeemtest: mag niet")).status()).isEqualTo(403);
    }

    // --- helpers ------------------------------------------------------------------------------------

    static String url(String path) {
        return RunningPlatform.gatewayUrl() + path;
    }

    /** A PROFESSIONAL signal with a (fictional, functional) reporter contact, observed two days ago. */
    static Map<String, Object> professional(String municipality, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("municipalityCode", municipality);
        body.put("forms", List.of("ARBEID"));
        body.put("sourceType", "PROFESSIONAL");
        body.put("reporter", Map.of("contact", "systeemtest@zaanstad.example"));
        body.put("description", description);
        body.put("observedAt", Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS).toString());
        return body;
    }

    /** A random, fictional address: no two runs share it. */
    static Map<String, Object> uniqueAddress(String city) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String postcode = (1000 + random.nextInt(9000)) + " " + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("street", "Systeemteststraat");
        address.put("houseNumber", Integer.toString(1 + random.nextInt(999)));
        address.put("postcode", postcode);
        address.put("city", city);
        return address;
    }

    /** A whole second some days back, random enough that a one-second window holds only this test's signals. */
    static Instant uniqueObservedAt() {
        long seconds = ThreadLocalRandom.current().nextLong(Duration.ofDays(30).toSeconds());
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(3)).minusSeconds(seconds);
    }

    /** The work-list filter for signals observed in that one second. */
    static String window(Instant observed) {
        return "observedFrom=" + observed + "&observedTo=" + observed.plusSeconds(1);
    }

    static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** The category code the tests use in zaanstreek-waterland (PUT is idempotent). */
    static String ensureTestCategory() {
        var response = put(url("/api/signals/categories/SYSTEEMTEST_CATEGORIE"), "beheer.zaanstreek",
                Map.of("name", "Systeemtest categorie", "form", "ARBEID"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return "SYSTEEMTEST_CATEGORIE";
    }

    static String created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String id = text(response.json(), "id");
        assertThat(response.header("Location")).isEqualTo("/api/signals/" + id);
        assertThat(text(response.json(), "status")).isEqualTo("ONTVANGEN");
        return id;
    }

    static JsonNode read(String user, String id) {
        var response = get(url("/api/signals/" + id), user);
        assertThat(response.status()).as(user + " reads " + id + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    static JsonNode transition(String user, String id, Map<String, Object> body, int expected) {
        var response = post(url("/api/signals/" + id + "/transitions"), user, body, null);
        assertThat(response.status()).as(body + " " + response.body()).isEqualTo(expected);
        return response.json();
    }

    static JsonNode workList(String user, String query) {
        var response = get(url("/api/signals?" + query), user);
        assertThat(response.status()).as(query + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    static List<String> workListIds(String user, String query) {
        List<String> ids = new ArrayList<>();
        forEachPage(user, "/api/signals?" + query, item -> ids.add(text(item, "id")));
        return ids;
    }

    static JsonNode workListRow(String user, String query, String id) {
        JsonNode[] found = new JsonNode[1];
        forEachPage(user, "/api/signals?" + query, item -> {
            if (id.equals(text(item, "id"))) {
                found[0] = item;
            }
        });
        return found[0];
    }

    static JsonNode reportedByMe(String user, String id) {
        JsonNode[] found = new JsonNode[1];
        forEachPage(user, "/api/signals/reported-by-me", item -> {
            if (id.equals(text(item, "id"))) {
                found[0] = item;
            }
        });
        return found[0];
    }

    /**
     * Every item of every page (size 100), however long the platform has been collecting.
     * {@code pathAndQuery} has no {@code size} or {@code page}.
     */
    static void forEachPage(String user, String pathAndQuery, Consumer<JsonNode> action) {
        String base = pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?");
        for (int page = 0; page < 200; page++) {
            var response = get(url(base + "size=100&page=" + page), user);
            assertThat(response.status()).as(pathAndQuery + " " + response.body()).isEqualTo(200);
            JsonNode json = response.json();
            json.path("items").forEach(action);
            if (page + 1 >= json.path("page").path("totalPages").asLong(0)) {
                return;
            }
        }
    }

    /** The anonymous signal with this marker among the signals observed at that second. */
    static String findInWorkList(String user, Instant observed, String marker) {
        List<String> candidates = new ArrayList<>();
        forEachPage(user, "/api/signals?" + window(observed), item -> {
            if ("ANONIEM".equals(text(item, "sourceType"))) {
                candidates.add(text(item, "id"));
            }
        });
        assertThat(candidates).as("anonymous signals observed at " + observed).isNotEmpty();
        return candidates.stream()
                .filter(id -> String.valueOf(text(read(user, id), "description")).contains(marker))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the anonymous signal is not in the work list of " + user));
    }

    static long duplicates(String user) {
        var response = get(url("/api/signals/counts"), user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        long raw = response.json().path("raw").asLong();
        long unique = response.json().path("unique").asLong();
        assertThat(unique).isLessThanOrEqualTo(raw);
        return raw - unique;
    }

    static String categoryNamed(JsonNode categories, String code) {
        for (JsonNode category : categories) {
            if (code.equals(text(category, "code"))) {
                return text(category, "name");
            }
        }
        return null;
    }

    static void assertOnlyOwn(JsonNode page, String municipality) {
        for (JsonNode item : page.path("items")) {
            assertThat(Set.of(String.valueOf(text(item, "municipalityCode")),
                    String.valueOf(text(item, "residenceMunicipalityCode")))).as(item.toString()).contains(municipality);
        }
    }

    static void assertRejected(Api.Response response, String field) {
        assertThat(response.status()).as(field + ": " + response.body()).isEqualTo(400);
        assertProblem(response, 400);
        assertThat(fields(response)).as(response.body()).anySatisfy(f -> assertThat(f).startsWith(field));
    }

    static void assertNotFound(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertProblem(response, 404);
    }

    static void assertProblem(Api.Response response, int status) {
        assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/problem+json");
        assertThat(text(response.json(), "type")).startsWith(PROBLEM);
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
    }

    static List<String> fields(Api.Response response) {
        return response.json().path("errors").findValuesAsString("field");
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    static JsonNode lastOf(JsonNode array) {
        assertThat(array.size()).isPositive();
        return array.get(array.size() - 1);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }
}
