package nl.mensenhandel.systemtest;

import static nl.mensenhandel.systemtest.Api.get;
import static nl.mensenhandel.systemtest.Api.post;
import static nl.mensenhandel.systemtest.MeldrouteIT.created;
import static nl.mensenhandel.systemtest.MeldrouteIT.professional;
import static nl.mensenhandel.systemtest.MeldrouteIT.read;
import static nl.mensenhandel.systemtest.MeldrouteIT.text;
import static nl.mensenhandel.systemtest.MeldrouteIT.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * Issue 7 §1 and §5, through the gateway with real Keycloak tokens: a handhaver reports, the AF of Zaanstad
 * hands the signal over to the AF of Heemstede (another region), who accepts it; the signal moves and the
 * handhaver keeps sight of it; the new AF reclassifies it and reaches a result, and the handhaver gets the
 * feedback mail (read from the local SMTP server) and sees it in reported-by-me. An AF records a signal on behalf of a partner organisation, which then
 * follows it.
 */
@ExtendWith(RunningPlatform.class)
class HandoverIT {

    @Test
    void aHandhaversSignalIsHandedOverToAnotherRegionAndAccepted() {
        String marker = "Systeemtest overdracht " + UUID.randomUUID();
        Map<String, Object> body = professional("GM0479", marker);
        body.put("sourceType", "INTEGRALE_CONTROLE");
        body.put("reporter", Map.of("contact", "systeemtest-handhaving@zaanstad.example"));
        String id = created(post(url("/api/signals"), "handhaver.zaanstad", body, null));
        assertThat(get(url("/api/signals/" + id), "af.heemstede").status()).isEqualTo(404);

        var handover = post(url("/api/signals/" + id + "/handovers"), "af.zaanstad",
                Map.of("toMunicipalityCode", "GM0397", "reason", "Systeemtest: de uitbuiting vindt plaats in Heemstede"),
                null);
        assertThat(handover.status()).as(handover.body()).isEqualTo(201);
        assertThat(text(handover.json(), "status")).isEqualTo("PENDING");
        String handoverId = text(handover.json(), "id");

        // the receiving AF reads it in full to decide; while pending the sending AF changes nothing
        JsonNode pending = read("af.heemstede", id);
        assertThat(text(pending, "description")).isEqualTo(marker);
        var blocked = post(url("/api/signals/" + id + "/transitions"), "af.zaanstad",
                Map.of("to", "IN_VERRIJKING", "reason", "Systeemtest"), null);
        assertThat(blocked.status()).as(blocked.body()).isEqualTo(409);

        var accepted = post(url("/api/signals/" + id + "/handovers/" + handoverId + "/decisions"), "af.heemstede",
                Map.of("decision", "ACCEPT", "reason", "Systeemtest: overgenomen"), null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(text(accepted.json(), "status")).isEqualTo("ACCEPTED");

        JsonNode moved = read("af.heemstede", id);
        assertThat(text(moved, "region")).isEqualTo("kennemerland");
        assertThat(text(moved, "municipalityCode")).isEqualTo("GM0397");
        assertThat(text(moved, "description")).isEqualTo(marker);
        var gone = get(url("/api/signals/" + id), "af.zaanstad");
        assertThat(gone.status()).as(gone.body()).isEqualTo(404);
        assertThat(gone.body()).doesNotContain(marker);

        // the new AF works it, and the handhaver still sees its status (and only that)
        var worked = post(url("/api/signals/" + id + "/transitions"), "af.heemstede",
                Map.of("to", "IN_VERRIJKING", "reason", "Systeemtest: verrijken"), null);
        assertThat(worked.status()).as(worked.body()).isEqualTo(200);
        var mine = get(url("/api/signals/reported-by-me?size=100"), "handhaver.zaanstad");
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        JsonNode item = find(mine.json(), id);
        assertThat(text(item, "status")).isEqualTo("IN_VERRIJKING");
        assertThat(text(item, "region")).isEqualTo("kennemerland");
        assertThat(item.toString()).doesNotContain(marker);

        // the new AF reclassifies it as the enrichment shows, reaches a result, and the handhaver is told
        var reclassified = post(url("/api/signals/" + id + "/classifications"), "af.heemstede",
                Map.of("forms", java.util.List.of("SEKSUEEL"), "reason", "Systeemtest: verrijking toont de vorm"), null);
        assertThat(reclassified.status()).as(reclassified.body()).isEqualTo(200);
        assertThat(reclassified.json().path("forms").toString()).isEqualTo("[\"SEKSUEEL\"]");
        assertThat(reclassified.json().path("classificationHistory").toString()).contains("FORMS");
        String told = "Systeemtest: overgedragen, verrijkt en doorgezet naar de zorgcoördinator " + UUID.randomUUID();
        var result = post(url("/api/signals/" + id + "/transitions"), "af.heemstede",
                Map.of("to", "AFGESLOTEN", "reason", "Systeemtest", "closingReason", "REGULIERE_HULP",
                        "feedback", told), null);
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        Mailbox.Mail mail = Mailbox.local().awaitOne("systeemtest-handhaving@zaanstad.example",
                m -> m.text().contains(told), java.time.Duration.ofSeconds(30));
        assertThat(mail.text()).doesNotContain(marker);
        JsonNode closed = find(get(url("/api/signals/reported-by-me?size=100"), "handhaver.zaanstad").json(), id);
        assertThat(text(closed, "status")).isEqualTo("AFGESLOTEN");
        assertThat(text(closed, "feedback")).isEqualTo(told);
    }

    @Test
    void anAfRecordsASignalOnBehalfOfAPartnerWhoFollowsIt() {
        String marker = "Systeemtest namens Veilig Thuis " + UUID.randomUUID();
        Map<String, Object> body = professional("GM0479", marker);
        body.put("sourceType", "KETENPARTNER");
        body.remove("reporter");
        body.put("onBehalfOf", Map.of("receivedVia", "TELEFOON", "organisation", "Veilig Thuis Zaanstreek-Waterland",
                "contactPerson", "Systeemtest contactpersoon", "contact", "systeemtest@veiligthuis.example"));
        var refused = post(url("/api/signals"), "melder.zaanstad", body, null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("onBehalfOf");

        String id = created(post(url("/api/signals"), "af.zaanstad", body, null));
        var closed = post(url("/api/signals/" + id + "/transitions"), "af.zaanstad", Map.of("to", "AFGESLOTEN",
                "reason", "Systeemtest", "closingReason", "REGULIERE_HULP", "feedback", "Systeemtest: naar het wijkteam"),
                null);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);

        var partner = get(url("/api/signals/reported-by-me?size=100"), "melder.veiligthuis");
        assertThat(partner.status()).as(partner.body()).isEqualTo(200);
        JsonNode item = find(partner.json(), id);
        assertThat(item.path("onBehalfOfMyOrganisation").asBoolean(false)).isTrue();
        assertThat(text(item, "status")).isEqualTo("AFGESLOTEN");
        assertThat(text(item, "feedback")).isEqualTo("Systeemtest: naar het wijkteam");
        assertThat(partner.body()).doesNotContain(marker, "Systeemtest contactpersoon");
        // another organisation does not see it
        assertThat(get(url("/api/signals/reported-by-me?size=100"), "melder.zaanstad").body()).doesNotContain(id);
    }

    static JsonNode find(JsonNode page, String id) {
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .filter(i -> id.equals(text(i, "id"))).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + page));
    }
}
