package nl.mensenhandel.systemtest;

import static nl.mensenhandel.systemtest.Api.get;
import static nl.mensenhandel.systemtest.Api.post;
import static nl.mensenhandel.systemtest.Triage.agendaItem;
import static nl.mensenhandel.systemtest.Triage.caseAs;
import static nl.mensenhandel.systemtest.Triage.decide;
import static nl.mensenhandel.systemtest.Triage.decision;
import static nl.mensenhandel.systemtest.Triage.meeting;
import static nl.mensenhandel.systemtest.Triage.rawCase;
import static nl.mensenhandel.systemtest.Triage.schedule;
import static nl.mensenhandel.systemtest.Triage.text;
import static nl.mensenhandel.systemtest.Triage.track;
import static nl.mensenhandel.systemtest.Triage.trackOf;
import static nl.mensenhandel.systemtest.Triage.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * Issue 8 "done when" (a), Heemstede's path, through the gateway with real Keycloak tokens: the AF of Heemstede
 * submits a signal to triage; the casus is on the agenda of the weekly signalenoverleg, which finds it "sterk
 * genoeg" and of "integraal belang" and sends it on to the Lokaal Overleg Ondermijning (next step of Kennemerland's
 * configuration); the LOO opens a RIEC track. Need to know per covenant (issue 8 §5): Politie Noord-Holland takes
 * part in the LOO under the RIEC covenant and reads the RIEC details; the Veiligheidshuis Kennemerland takes part
 * under the ZVH covenant only and gets {@code detailsWithheld} with no trace of the details in its answer; the AF
 * sees the track's status only. The outcome reaches signal-service through the dispatcher: the signal becomes
 * DOORGELEID with the table's feedback for the reporter.
 */
@ExtendWith(RunningPlatform.class)
class HeemstedeLooIT {

    static final String SIGNALENOVERLEG = "signalenoverleg-heemstede";
    static final String LOO = "loo-heemstede";

    @Test
    void aSignalGoesThroughTheSignalenoverlegToTheLooWhichOpensARiecCaseThatOnlyRiecPartnersRead() {
        String run = UUID.randomUUID().toString();
        String riecDetails = "Systeemtest RIEC-informatie " + run + ": vastgoed op naam van een stroman, "
                + "geldstromen via een nagelstudio";
        String deliberation = "Systeemtest beraad " + run + ": wijkagent herkent het pand";
        String feedback = "Uw melding is besproken en doorgeleid; dank voor uw oplettendheid.";

        // the AF of Heemstede records a signal, takes it up and submits it to triage
        String signal = Triage.signal("af.heemstede", "GM0397", "Systeemtest Heemstede " + run
                + ": elke ochtend haalt een busje arbeiders op bij een woning");
        Triage.takeUp("af.heemstede", signal);
        var submitted = post(url("/api/signals/submissions"), "af.heemstede",
                Map.of("signalIds", List.of(signal), "summary", "Systeemtest Heemstede " + run),
                "heemstede-submit-" + run);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        JsonNode weighed = Triage.await("caseReference on signal " + signal, Triage.DELIVERY, () -> {
            JsonNode s = get(url("/api/signals/" + signal), "af.heemstede").json();
            return s.has("caseReference") ? s : null;
        });
        assertThat(text(weighed, "status")).isEqualTo("TER_WEGING");
        String reference = text(weighed, "caseReference");
        assertThat(reference).matches("KL-\\d{4}-\\d{4,}");

        // the casus waits on the signalenoverleg's agenda (the first step of Kennemerland's configuration)
        JsonNode listed = Triage.listedCase("casustafel.kennemerland", reference);
        assertThat(listed).as("casus " + reference + " in the table's list").isNotNull();
        String caseId = text(listed, "id");
        assertThat(text(listed, "status")).isEqualTo("AANGEMELD");
        assertThat(listed.path("table").path("id").asString()).isEqualTo(SIGNALENOVERLEG);

        JsonNode overleg = schedule("casustafel.kennemerland", SIGNALENOVERLEG, "OVERLEG");
        assertThat(text(overleg, "status")).isEqualTo("GEPLAND");
        assertThat(agendaItem(overleg, caseId)).as("the casus on the signalenoverleg's agenda: " + overleg).isNotNull();

        // the signalenoverleg: "sterk genoeg" and of "integraal belang" — on to the LOO
        Map<String, Object> onward = decision("OVERLEG", text(overleg, "id"),
                List.of("Gemeente Heemstede", "Veiligheidshuis Kennemerland", "Politie Noord-Holland"),
                "Sterk genoeg en van integraal belang: naar het LOO");
        onward.put("deliberation", deliberation);
        onward.put("nextStep", true);
        var sentOn = decide("casustafel.kennemerland", caseId, onward);
        assertThat(sentOn.status()).as(sentOn.body()).isEqualTo(201);
        JsonNode atLoo = sentOn.json().path("casus");
        assertThat(text(atLoo, "status")).isEqualTo("AANGEMELD");
        assertThat(atLoo.path("table").path("id").asString()).isEqualTo(LOO);
        assertThat(sentOn.json().path("tracks").size()).as("a next step opens no track").isZero();
        JsonNode held = meeting("casustafel.kennemerland", text(overleg, "id"));
        assertThat(text(held, "status")).isEqualTo("GEHOUDEN");
        assertThat(agendaItem(held, caseId).path("decisionId").asString("")).isNotBlank();

        // the LOO meets with the casus on its agenda and opens a RIEC case (Politie Noord-Holland records it)
        JsonNode loo = schedule("politie.kennemerland", LOO, "OVERLEG");
        assertThat(agendaItem(loo, caseId)).as("the casus on the LOO's agenda: " + loo).isNotNull();
        Map<String, Object> riec = decision("OVERLEG", text(loo, "id"),
                List.of("Gemeente Heemstede", "Politie Noord-Holland", "RIEC Noord-Holland", "Veiligheidshuis Kennemerland"),
                "Ondermijnende context: RIEC-casus");
        riec.put("legalBasis", "RIEC-convenant Noord-Holland, art. 4");
        riec.put("tracks", List.of(track("RIEC", "RIEC", "RIEC Noord-Holland", riecDetails)));
        riec.put("feedbackForReporter", feedback);
        var decided = decide("politie.kennemerland", caseId, riec);
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(text(decided.json().path("casus"), "status")).isEqualTo("SPOREN_LOPEN");

        // Politie Noord-Holland, under the RIEC covenant at the LOO: the RIEC details
        JsonNode police = trackOf(caseAs("politie.kennemerland", caseId), "RIEC");
        assertThat(text(police, "details")).isEqualTo(riecDetails);
        assertThat(police.path("detailsWithheld").asBoolean(true)).isFalse();

        // the Veiligheidshuis Kennemerland, at the LOO under the ZVH covenant only: withheld, nowhere in the answer
        var zvh = rawCase("casustafel.kennemerland", caseId);
        assertThat(zvh.status()).as(zvh.body()).isEqualTo(200);
        JsonNode zvhTrack = trackOf(zvh.json(), "RIEC");
        assertThat(zvhTrack.path("detailsWithheld").asBoolean(false)).isTrue();
        assertThat(zvhTrack.has("details")).isFalse();
        assertThat(text(zvhTrack, "status")).isEqualTo("GEOPEND");
        assertThat(zvh.body()).doesNotContain(run + ": vastgoed", "stroman", "nagelstudio");

        // the AF: the outline and the track's status, no details, no deliberation
        var af = rawCase("af.heemstede", caseId);
        assertThat(af.status()).as(af.body()).isEqualTo(200);
        JsonNode afTrack = trackOf(af.json(), "RIEC");
        assertThat(text(afTrack, "status")).isEqualTo("GEOPEND");
        assertThat(afTrack.path("regiehouder").path("kind").asString()).isEqualTo("RIEC");
        assertThat(afTrack.path("detailsWithheld").asBoolean(false)).isTrue();
        assertThat(afTrack.has("details")).isFalse();
        assertThat(af.body()).doesNotContain("stroman", "nagelstudio", deliberation);

        // a casus of Kennemerland is not found from another region
        assertThat(rawCase("casustafel.zaanstreek", caseId).status()).isEqualTo(404);

        // the dispatcher reports the outcome to signal-service: DOORGELEID, with the table's feedback
        JsonNode forwarded = Triage.await("signal " + signal + " DOORGELEID", Triage.DELIVERY, () -> {
            JsonNode s = get(url("/api/signals/" + signal), "af.heemstede").json();
            return "DOORGELEID".equals(text(s, "status")) ? s : null;
        });
        assertThat(text(forwarded, "feedback")).isEqualTo(feedback);
        assertThat(text(forwarded, "caseReference")).isEqualTo(reference);
        assertThat(forwarded.toString()).doesNotContain("stroman", "nagelstudio");
    }
}
