package nl.mensenhandel.systemtest;

import static nl.mensenhandel.systemtest.Api.get;
import static nl.mensenhandel.systemtest.Api.post;
import static nl.mensenhandel.systemtest.MeldrouteIT.created;
import static nl.mensenhandel.systemtest.MeldrouteIT.ensureTestCategory;
import static nl.mensenhandel.systemtest.MeldrouteIT.professional;
import static nl.mensenhandel.systemtest.MeldrouteIT.read;
import static nl.mensenhandel.systemtest.MeldrouteIT.strings;
import static nl.mensenhandel.systemtest.MeldrouteIT.text;
import static nl.mensenhandel.systemtest.MeldrouteIT.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * Issue 7 capabilities 4 and 7 through the gateway with real Keycloak tokens: the AF reclassifies a signal that
 * started with form ONBEKEND (its category only suggesting a form), the history shows the change with its reason,
 * and who may not gets 403 or 404; a link for the same person again counts as repeat victimisation, not as a
 * duplicate.
 */
@ExtendWith(RunningPlatform.class)
class ReclassificationIT {

    static final String PROBLEM = "urn:mensenhandel:problem:";

    @Test
    void theAfReclassifiesAnOnbekendSignalToArbeidWithAReasonTheHistoryShows() {
        String category = ensureTestCategory(); // maps onto ARBEID
        Map<String, Object> body = professional("GM0479", "Systeemtest herclassificatie " + UUID.randomUUID());
        body.put("forms", List.of("ONBEKEND"));
        body.put("categories", List.of(category));
        String id = created(post(url("/api/signals"), "melder.zaanstad", body, null));
        JsonNode received = read("af.zaanstad", id);
        assertThat(strings(received.path("forms"))).containsExactly("ONBEKEND");
        assertThat(strings(received.path("suggestedForms"))).containsExactly("ARBEID");

        String uri = url("/api/signals/" + id + "/classifications");
        String reason = "Systeemtest: BRP en werkgever wijzen op arbeidsuitbuiting";
        Map<String, Object> change = Map.of("forms", List.of("ARBEID"), "reason", reason);

        // a handhaver of the municipality: 403; the AF of another region or another municipality: 404
        var handhaver = post(uri, "handhaver.zaanstad", change, null);
        assertThat(handhaver.status()).as(handhaver.body()).isEqualTo(403);
        assertThat(text(handhaver.json(), "type")).isEqualTo(PROBLEM + "forbidden");
        var otherRegion = post(uri, "af.heemstede", change, null);
        assertThat(otherRegion.status()).as(otherRegion.body()).isEqualTo(404);
        // the answer names only the id that was asked for, nothing of the signal
        assertThat(text(otherRegion.json(), "type")).isEqualTo(PROBLEM + "not-found");
        assertThat(otherRegion.body()).doesNotContain("Systeemtest herclassificatie").doesNotContain("ONBEKEND");
        assertThat(post(uri, "af.purmerend", change, null).status()).isEqualTo(404);
        assertThat(strings(read("af.zaanstad", id).path("forms"))).containsExactly("ONBEKEND");

        var reclassified = post(uri, "af.zaanstad", change, null);
        assertThat(reclassified.status()).as(reclassified.body()).isEqualTo(200);
        JsonNode signal = read("af.zaanstad", id);
        assertThat(strings(signal.path("forms"))).containsExactly("ARBEID");
        assertThat(signal.path("suggestedForms").size()).isZero();
        JsonNode history = signal.path("classificationHistory");
        assertThat(history.size()).isEqualTo(1);
        assertThat(text(history.get(0), "field")).isEqualTo("FORMS");
        assertThat(strings(history.get(0).path("from"))).containsExactly("ONBEKEND");
        assertThat(strings(history.get(0).path("to"))).containsExactly("ARBEID");
        assertThat(text(history.get(0), "reason")).isEqualTo(reason);
        assertThat(text(history.get(0), "by")).isEqualTo("af.zaanstad");
        assertThat(text(history.get(0), "at")).isNotBlank();

        // moving it to another AF's municipality is a hand-over, not a reclassification
        var elsewhere = post(uri, "af.zaanstad", Map.of("municipalityCode", "GM0439", "reason", "Systeemtest"), null);
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(400);
        assertThat(text(elsewhere.json(), "detail")).contains("municipality-change-within-own-af");
    }

    @Test
    void theSamePersonAgainCountsAsRepeatVictimisationAndNotAsADuplicate() {
        String af = "af.oostzaan-wormerland";
        String first = created(post(url("/api/signals"), "melder.zaanstad",
                professional("GM0431", "Systeemtest herhaald slachtofferschap " + UUID.randomUUID()), null));
        String again = created(post(url("/api/signals"), "melder.zaanstad",
                professional("GM0431", "Systeemtest herhaald slachtofferschap " + UUID.randomUUID()), null));
        JsonNode before = counts(af);

        var link = post(url("/api/signals/" + first + "/links"), af, Map.of("otherSignalId", again,
                "kind", "SAME_PERSON", "reason", "Systeemtest: dezelfde persoon, opnieuw uitgebuit"), null);
        assertThat(link.status()).as(link.body()).isEqualTo(201);
        assertThat(text(link.json(), "kind")).isEqualTo("SAME_PERSON");

        JsonNode after = counts(af);
        assertThat(after.path("repeatVictimisation").asLong())
                .isEqualTo(before.path("repeatVictimisation").asLong() + 1);
        assertThat(after.path("unique").asLong()).isEqualTo(before.path("unique").asLong());
        assertThat(after.path("raw").asLong()).isEqualTo(before.path("raw").asLong());
        assertThat(text(read(af, again), "mergedInto")).isNull();
    }

    static JsonNode counts(String user) {
        var response = get(url("/api/signals/counts"), user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
