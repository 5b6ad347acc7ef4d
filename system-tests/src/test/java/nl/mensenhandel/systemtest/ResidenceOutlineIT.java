package nl.mensenhandel.systemtest;

import static nl.mensenhandel.systemtest.Api.get;
import static nl.mensenhandel.systemtest.Api.post;
import static nl.mensenhandel.systemtest.MeldrouteIT.created;
import static nl.mensenhandel.systemtest.MeldrouteIT.professional;
import static nl.mensenhandel.systemtest.MeldrouteIT.read;
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
 * Issue 6 §5, through the gateway with real Keycloak tokens: the residence AF of another region reads an
 * outline only (forms, status, municipality codes, dates) until the exploitation AF shares the signal;
 * the reporter's organisation comes from the token, never from the body.
 */
@ExtendWith(RunningPlatform.class)
class ResidenceOutlineIT {

    static final List<String> NOT_IN_THE_OUTLINE = List.of("description", "reporter", "location", "persons",
            "indicators", "enrichments", "history", "links", "createdBy", "feedback", "forwardedTo",
            "residenceDisclosures");

    @Test
    void theResidenceAfOfAnotherRegionReadsAnOutlineUntilTheExploitationAfSharesIt() {
        String marker = "Systeemtest outline " + UUID.randomUUID();
        Map<String, Object> body = professional("GM0479", marker);
        body.put("residenceMunicipalityCode", "GM0397");
        body.put("persons", List.of(Map.of("role", "MOGELIJK_SLACHTOFFER", "minor", false)));
        String id = created(post(url("/api/signals"), "melder.zaanstad", body, null));
        var enriched = post(url("/api/signals/" + id + "/enrichments"), "af.zaanstad", Map.of("source", "BRP",
                "summary", marker + ": ingeschreven in Heemstede", "legalBasis", "Wet BRP"), null);
        assertThat(enriched.status()).as(enriched.body()).isEqualTo(201);

        var outline = get(url("/api/signals/" + id), "af.heemstede");
        assertThat(outline.status()).as(outline.body()).isEqualTo(200);
        JsonNode signal = outline.json();
        assertThat(signal.path("outlineOnly").asBoolean(false)).isTrue();
        assertThat(text(signal, "municipalityCode")).isEqualTo("GM0479");
        assertThat(text(signal, "residenceMunicipalityCode")).isEqualTo("GM0397");
        assertThat(text(signal, "status")).isEqualTo("ONTVANGEN");
        assertThat(signal.path("forms").isArray()).isTrue();
        for (String field : NOT_IN_THE_OUTLINE) {
            assertThat(signal.has(field)).as(field + " in the outline").isFalse();
        }
        assertThat(outline.body()).doesNotContain(marker, "systeemtest@zaanstad.example", "melder.zaanstad",
                "af.zaanstad");
        assertThat(get(url("/api/signals/" + id + "/duplicate-candidates"), "af.heemstede").status()).isEqualTo(403);

        // only the exploitation AF shares it, with a reason
        assertThat(post(url("/api/signals/" + id + "/residence-disclosures"), "af.heemstede",
                Map.of("reason", "zelf"), null).status()).isEqualTo(403);
        var shared = post(url("/api/signals/" + id + "/residence-disclosures"), "af.zaanstad",
                Map.of("reason", "Systeemtest: woonplaats regelt opvang"), null);
        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        assertThat(text(shared.json(), "municipalityCode")).isEqualTo("GM0397");

        JsonNode full = read("af.heemstede", id);
        assertThat(full.path("outlineOnly").asBoolean(true)).isFalse();
        assertThat(text(full, "description")).isEqualTo(marker);
        assertThat(full.path("enrichments").size()).isEqualTo(1);
    }

    @Test
    void theReporterOrganisationComesFromTheTokenABodyValueIsRefused() {
        Map<String, Object> forged = professional("GM0479", "Systeemtest organisatie " + UUID.randomUUID());
        forged.put("reporter", Map.of("organisation", "Politie (vals)", "contact", "systeemtest@zaanstad.example"));
        var refused = post(url("/api/signals"), "melder.zaanstad", forged, null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("reporter.organisation");

        String id = created(post(url("/api/signals"), "melder.zaanstad",
                professional("GM0479", "Systeemtest organisatie " + UUID.randomUUID()), null));
        JsonNode reporter = read("af.zaanstad", id).path("reporter");
        assertThat(text(reporter, "organisation")).isNotBlank().isNotEqualTo("Politie (vals)");
    }
}
