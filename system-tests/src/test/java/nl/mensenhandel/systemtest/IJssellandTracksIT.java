package nl.mensenhandel.systemtest;

import static nl.mensenhandel.systemtest.Api.get;
import static nl.mensenhandel.systemtest.Api.post;
import static nl.mensenhandel.systemtest.Triage.agendaItem;
import static nl.mensenhandel.systemtest.Triage.caseAs;
import static nl.mensenhandel.systemtest.Triage.decide;
import static nl.mensenhandel.systemtest.Triage.decision;
import static nl.mensenhandel.systemtest.Triage.rawCase;
import static nl.mensenhandel.systemtest.Triage.schedule;
import static nl.mensenhandel.systemtest.Triage.text;
import static nl.mensenhandel.systemtest.Triage.track;
import static nl.mensenhandel.systemtest.Triage.trackOf;
import static nl.mensenhandel.systemtest.Triage.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * Issue 8 "done when" (b), IJsselland's parallel tracks, through the gateway with real Keycloak tokens: the AF of
 * Zwolle brings a casus in organised context with a care need to the regional weeg- en monitortafel, which opens
 * care, an integrated inspection and a RIEC case at once. Each role sees what it may (issue 8 §5): the
 * zorgcoördinator the care details, never the inspection's or RIEC's; the handhaver of Zwolle the inspection's,
 * never care; Politie Oost-Nederland (RIEC covenant at the table) the RIEC details. Care coordination and enforcement
 * each receive their request once. A ZORG_EN_STRAF track keeps its criminal information from everyone until the
 * Openbaar Ministerie's consent is recorded (its own step), then shows it to ZVH participants only. A track's
 * lifecycle refuses an illegal step with 409.
 */
@ExtendWith(RunningPlatform.class)
class IJssellandTracksIT {

    static final String TABLE = "weeg-en-monitortafel-ijsselland";
    static final List<String> AT_THE_TABLE = List.of("Zorg- en Veiligheidshuis IJsselland", "Gemeente Zwolle",
            "Zorgcoordinatie IJsselland", "Politie Oost-Nederland", "RIEC Oost-Nederland");

    @Test
    void theWeegEnMonitortafelOpensCareInspectionAndRiecAtOnceAndEachRoleSeesWhatItMay() {
        String run = UUID.randomUUID().toString();
        String care = "Systeemtest zorgbehoefte " + run + ": twee vrouwen zonder verblijfsstatus, opvang nodig";
        String inspection = "Systeemtest controle " + run + ": Melkmarkt 12 Zwolle, kamerverhuur boven een salon";
        String riec = "Systeemtest RIEC-duiding " + run + ": netwerk achter meerdere salons in de regio";

        String caseId = openedAtTheTable(run);
        JsonNode meeting = schedule("casustafel.ijsselland", TABLE, "OVERLEG");
        assertThat(agendaItem(meeting, caseId)).as("the casus on the weeg- en monitortafel's agenda: " + meeting)
                .isNotNull();

        Map<String, Object> tracks = decision("OVERLEG", text(meeting, "id"), AT_THE_TABLE,
                "Georganiseerde context met zorgbehoefte: drie sporen tegelijk");
        tracks.put("tracks", List.of(
                track("ZORGTRAJECT", "ZORGCOORDINATOR", "Zorgcoordinatie IJsselland", care),
                track("INTEGRALE_CONTROLE", "HANDHAVING", "Gemeente Zwolle", inspection),
                track("RIEC", "RIEC", "RIEC Oost-Nederland", riec)));
        var decided = decide("casustafel.ijsselland", caseId, tracks);
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(text(decided.json().path("casus"), "status")).isEqualTo("SPOREN_LOPEN");
        assertThat(decided.json().path("tracks").valueStream().map(t -> text(t, "type")).toList())
                .containsExactlyInAnyOrder("ZORGTRAJECT", "INTEGRALE_CONTROLE", "RIEC");

        // the zorgcoördinator: the care track's details; nothing of the inspection or the RIEC case
        var zc = rawCase("zc.ijsselland", caseId);
        assertThat(zc.status()).as(zc.body()).isEqualTo(200);
        assertThat(text(trackOf(zc.json(), "ZORGTRAJECT"), "details")).isEqualTo(care);
        assertThat(zc.body()).doesNotContain(inspection, riec, "Melkmarkt", "netwerk achter");

        // the handhaver of Zwolle: the inspection's details; never care, never the RIEC case
        var handhaver = rawCase("handhaver.zwolle", caseId);
        assertThat(handhaver.status()).as(handhaver.body()).isEqualTo(200);
        assertThat(text(trackOf(handhaver.json(), "INTEGRALE_CONTROLE"), "details")).isEqualTo(inspection);
        assertThat(handhaver.body()).doesNotContain(care, riec, "verblijfsstatus", "netwerk achter");

        // Politie Oost-Nederland, under the RIEC covenant at the table: the RIEC details
        JsonNode police = trackOf(caseAs("politie.ijsselland", caseId), "RIEC");
        assertThat(text(police, "details")).isEqualTo(riec);
        assertThat(police.path("detailsWithheld").asBoolean(true)).isFalse();
        // the Zorg- en Veiligheidshuis, under the ZVH covenant only: the RIEC details withheld
        var zvh = rawCase("casustafel.ijsselland", caseId);
        assertThat(trackOf(zvh.json(), "RIEC").path("detailsWithheld").asBoolean(false)).isTrue();
        assertThat(zvh.body()).doesNotContain(riec);
        // the AF: statuses only
        var af = rawCase("af.zwolle", caseId);
        assertThat(af.body()).doesNotContain(care, inspection, riec);
        assertThat(af.json().path("tracks").size()).isEqualTo(3);

        // each receiver gets its request once, with what the table wrote for it
        List<JsonNode> careRequests = Triage.await("the care request of " + caseId, Triage.DELIVERY, () -> {
            List<JsonNode> found = Triage.careRequests("zc.ijsselland", caseId);
            return found.isEmpty() ? null : found;
        });
        List<JsonNode> inspectionRequests = Triage.await("the inspection request of " + caseId, Triage.DELIVERY, () -> {
            List<JsonNode> found = Triage.inspectionRequests("handhaver.zwolle", caseId);
            return found.isEmpty() ? null : found;
        });
        assertThat(careRequests).hasSize(1);
        assertThat(text(careRequests.getFirst(), "careNeed")).isEqualTo(care);
        assertThat(text(careRequests.getFirst(), "trackType")).isEqualTo("ZORGTRAJECT");
        assertThat(text(careRequests.getFirst(), "trackId")).isEqualTo(text(trackOf(zc.json(), "ZORGTRAJECT"), "id"));
        assertThat(inspectionRequests).hasSize(1);
        assertThat(text(inspectionRequests.getFirst(), "reason")).isEqualTo(inspection);
        assertThat(inspectionRequests.getFirst().path("municipalityCodes").valueStream().map(JsonNode::asString)
                .toList()).containsExactly("GM0193");
        // and the other way round nobody reads across: care details never for enforcement roles
        assertThat(get(url("/api/care/requests"), "handhaver.zwolle").status()).isEqualTo(403);
        assertThat(get(url("/api/enforcement/inspection-requests"), "zc.ijsselland").status()).isEqualTo(403);
        // the tracks show the delivery
        JsonNode delivered = Triage.await("both deliveries DELIVERED", Triage.DELIVERY, () -> {
            JsonNode detail = caseAs("casustafel.ijsselland", caseId);
            return "DELIVERED".equals(trackOf(detail, "ZORGTRAJECT").path("delivery").path("status").asString())
                    && "DELIVERED".equals(trackOf(detail, "INTEGRALE_CONTROLE").path("delivery").path("status")
                            .asString()) ? detail : null;
        });
        assertThat(trackOf(delivered, "ZORGTRAJECT").path("delivery").path("to").asString())
                .isEqualTo("care-coordination-service");

        // the table's view of the tracks: each with its age and due date, none overdue
        List<JsonNode> ours = new java.util.ArrayList<>();
        for (int page = 0; page < 50; page++) { // oldest due date first: earlier runs' tracks come before ours
            var progress = get(url("/api/triage/tracks?size=100&page=" + page), "casustafel.ijsselland");
            assertThat(progress.status()).as(progress.body()).isEqualTo(200);
            assertThat(progress.body()).doesNotContain(care, inspection, riec);
            progress.json().path("items").valueStream().filter(t -> caseId.equals(text(t, "caseId"))).forEach(ours::add);
            if (page + 1 >= progress.json().path("page").path("totalPages").asInt(0)) {
                break;
            }
        }
        assertThat(ours).hasSize(3).allSatisfy(t -> {
            assertThat(t.path("overdue").asBoolean(true)).isFalse();
            assertThat(t.path("ageDays").asInt(-1)).isZero();
            assertThat(text(t, "dueDate")).isEqualTo(Triage.dueDate(14));
        });

        // the OM's consent belongs to a ZORG_EN_STRAF track only
        String careTrack = text(trackOf(zc.json(), "ZORGTRAJECT"), "id");
        var consentOnCare = post(url("/api/cases/" + caseId + "/tracks/" + careTrack + "/om-consent"),
                "casustafel.ijsselland", Map.of("reference", "OM-" + run.substring(0, 8), "decidedOn",
                        LocalDate.now(Triage.DUTCH_TIME).toString()), null);
        assertThat(consentOnCare.status()).as(consentOnCare.body()).isEqualTo(422);

        // the lifecycle of a track: GEOPEND → LOPEND → AFGEROND; back, or on from an end, is refused (409)
        String riecTrack = text(police, "id");
        assertThat(step(caseId, riecTrack, "LOPEND").status()).isEqualTo(200);
        var back = step(caseId, riecTrack, "GEOPEND");
        assertThat(back.status()).as(back.body()).isEqualTo(409);
        assertThat(text(back.json(), "type")).isEqualTo("urn:mensenhandel:problem:illegal-transition");
        var done = step(caseId, riecTrack, "AFGEROND");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(text(done.json(), "status")).isEqualTo("AFGEROND");
        assertThat(step(caseId, riecTrack, "LOPEND").status()).isEqualTo(409);
    }

    @Test
    void criminalInformationOfAZorgEnStrafTrackIsShownOnlyAfterTheOmAgreedAndOnlyToZvhParticipants() {
        String run = UUID.randomUUID().toString();
        String details = "Systeemtest zorg en straf " + run + ": procesregie ZVH, opvang en aangifte";
        String criminal = "Systeemtest strafrechtelijke informatie " + run + ": verdachte eerder veroordeeld";

        String caseId = openedAtTheTable(run);
        Map<String, Object> zorgEnStraf = decision("MAIL_CONSULTATIE", null, AT_THE_TABLE,
                "Zorg en straf onder procesregie van het ZVH");
        Map<String, Object> track = track("ZORG_EN_STRAF", "ZORG_EN_VEILIGHEIDSHUIS",
                "Zorg- en Veiligheidshuis IJsselland", details);
        track.put("criminalInformation", criminal);
        zorgEnStraf.put("tracks", List.of(track));
        var decided = decide("casustafel.ijsselland", caseId, zorgEnStraf);
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(decided.body()).as("not even to the table that recorded it").doesNotContain(criminal);
        String trackId = text(trackOf(decided.json(), "ZORG_EN_STRAF"), "id");

        // before the OM agreed: nobody, under any covenant
        for (String user : List.of("casustafel.ijsselland", "politie.ijsselland", "zc.ijsselland", "af.zwolle")) {
            var before = rawCase(user, caseId);
            assertThat(before.status()).as(user + ": " + before.body()).isEqualTo(200);
            assertThat(before.body()).as(user + " before the OM's consent").doesNotContain(criminal, "veroordeeld");
        }
        // the care request (ZORG_EN_STRAF's care part) never carries it
        List<JsonNode> careRequests = Triage.await("the care request of " + caseId, Triage.DELIVERY, () -> {
            List<JsonNode> found = Triage.careRequests("zc.ijsselland", caseId);
            return found.isEmpty() ? null : found;
        });
        assertThat(careRequests).hasSize(1);
        assertThat(text(careRequests.getFirst(), "trackType")).isEqualTo("ZORG_EN_STRAF");
        assertThat(careRequests.getFirst().toString()).doesNotContain(criminal, "veroordeeld");

        // the OM's consent: its own step, recorded once
        Map<String, Object> consent = Map.of("reference", "OM-ZWOLLE-" + run.substring(0, 8), "decidedOn",
                LocalDate.now(Triage.DUTCH_TIME).toString());
        var recorded = post(url("/api/cases/" + caseId + "/tracks/" + trackId + "/om-consent"),
                "casustafel.ijsselland", consent, null);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.json().path("omConsent").path("reference").asString()).isEqualTo(consent.get("reference"));
        var again = post(url("/api/cases/" + caseId + "/tracks/" + trackId + "/om-consent"),
                "casustafel.ijsselland", consent, null);
        assertThat(again.status()).as(again.body()).isEqualTo(409);

        // after it: a ZVH participant reads it; the AF and the beleidsregisseur do not; a handhaver not at all
        assertThat(text(trackOf(caseAs("casustafel.ijsselland", caseId), "ZORG_EN_STRAF"), "criminalInformation"))
                .isEqualTo(criminal);
        for (String user : List.of("af.zwolle", "regisseur.ijsselland")) {
            var after = rawCase(user, caseId);
            assertThat(after.status()).as(user + ": " + after.body()).isEqualTo(200);
            assertThat(after.body()).as(user + " after the OM's consent").doesNotContain(criminal, "veroordeeld");
        }
        assertThat(rawCase("handhaver.zwolle", caseId).status()).as("no inspection track: not the handhaver's")
                .isEqualTo(404);
    }

    /** A casus of Zwolle, opened by its AF from a signal of their own, waiting at the weeg- en monitortafel. */
    private static String openedAtTheTable(String run) {
        String signal = Triage.signal("af.zwolle", "GM0193", "Systeemtest IJsselland " + run
                + ": vrouwen wonen boven een massagesalon");
        Triage.takeUp("af.zwolle", signal);
        JsonNode casus = Triage.openCase("af.zwolle", List.of(signal), List.of("GM0193"),
                "Systeemtest IJsselland " + run, Map.of());
        assertThat(text(casus, "status")).isEqualTo("AANGEMELD");
        assertThat(text(casus, "reference")).matches("IJ-\\d{4}-\\d{4,}");
        assertThat(casus.path("table").path("id").asString()).isEqualTo(TABLE);
        return text(casus, "id");
    }

    private static Api.Response step(String caseId, String trackId, String to) {
        return post(url("/api/cases/" + caseId + "/tracks/" + trackId + "/transitions"), "casustafel.ijsselland",
                Map.of("to", to, "reason", "Systeemtest levensloop spoor"), null);
    }
}
