package nl.mensenhandel.signal.handover;

import static nl.mensenhandel.signal.DemoUsers.AF_HEEMSTEDE;
import static nl.mensenhandel.signal.DemoUsers.AF_ZAANSTAD;
import static nl.mensenhandel.signal.DemoUsers.MELDER;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.audit.AccessLogEntry;
import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.crypto.FieldCryptoException;
import nl.mensenhandel.platform.crypto.FieldEncryption;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.TestJwts;

/** Issue 7 §5: signals that move — hand-over across regions (re-sealed), return, cancel, forwarding outside. */
@SpringBootTest
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class HandoverApiTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    FieldEncryption encryption;

    WebTestClient web;

    @BeforeEach
    void client() {
        web = TestJwts.client(context);
    }

    static Map<String, Object> report(String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("municipalityCode", "GM0479");
        body.put("forms", List.of("ARBEID"));
        body.put("sourceType", "PROFESSIONAL");
        body.put("reporter", Map.of("name", "Jan Melder", "contact", "wijkteam@zaanstad.example"));
        body.put("description", description);
        body.put("observedAt", "2026-10-01T06:30:00Z");
        body.put("location", Map.of("street", "Kassenweg", "houseNumber", "12", "postcode", "2101 AB", "city", "Heemstede"));
        body.put("persons", List.of(Map.of("role", "MOGELIJK_SLACHTOFFER", "nationality", "RO")));
        return body;
    }

    WebTestClient.ResponseSpec post(JwtMutator who, String uri, Object body) {
        return web.mutateWith(who).post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> ok(WebTestClient.ResponseSpec response) {
        return response.expectStatus().is2xxSuccessful().expectBody(Map.class).returnResult().getResponseBody();
    }

    Map<String, Object> get(JwtMutator who, String id) {
        return ok(web.mutateWith(who).get().uri("/api/signals/" + id).exchange());
    }

    String reported(String description) {
        return ok(post(MELDER, "/api/signals", report(description))).get("id").toString();
    }

    String handOver(String id, String to) {
        Map<String, Object> handover = ok(post(AF_ZAANSTAD, "/api/signals/" + id + "/handovers",
                Map.of("toMunicipalityCode", to, "reason", "Verrijking: de uitbuiting vindt plaats in de kassen")));
        assertThat(handover).containsEntry("status", "PENDING").containsEntry("fromMunicipalityCode", "GM0479")
                .containsEntry("toMunicipalityCode", to).containsEntry("requestedBy", "af.zaanstad");
        return handover.get("id").toString();
    }

    WebTestClient.ResponseSpec decide(JwtMutator who, String id, String handoverId, String decision) {
        return post(who, "/api/signals/" + id + "/handovers/" + handoverId + "/decisions",
                Map.of("decision", decision, "reason", "Besluit " + decision));
    }

    Document raw(String id) {
        return mongo.findOne(new Query(Criteria.where("_id").is(id)), Document.class, "signals").block();
    }

    @Test
    void acceptingAHandoverToAnotherRegionMovesTheSignalAndReSealsItWithTheNewRegionsKey() {
        String description = "Arbeiders in kassen, paspoorten ingenomen " + UUID.randomUUID();
        String id = reported(description);
        post(AF_ZAANSTAD, "/api/signals/" + id + "/enrichments", Map.of("source", "BRP",
                "summary", "Werkgever ingeschreven in Heemstede", "legalBasis", "Wet BRP")).expectStatus().isCreated();
        // another region: not found before the hand-over
        web.mutateWith(AF_HEEMSTEDE).get().uri("/api/signals/" + id).exchange().expectStatus().isNotFound();

        String handoverId = handOver(id, "GM0397");

        // the receiving AF reads it in full to decide; nobody changes it meanwhile
        assertThat(get(AF_HEEMSTEDE, id)).containsEntry("outlineOnly", false).containsEntry("description", description);
        post(AF_ZAANSTAD, "/api/signals/" + id + "/transitions", Map.of("to", "IN_VERRIJKING", "reason", "x"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.detail").value(d ->
                        assertThat(d.toString()).contains("no-change-while-handover-pending"));
        post(AF_ZAANSTAD, "/api/signals/" + id + "/enrichments", Map.of("source", "BRP", "summary", "x",
                "legalBasis", "x")).expectStatus().isEqualTo(409);
        post(AF_ZAANSTAD, "/api/signals/" + id + "/handovers", Map.of("toMunicipalityCode", "GM0439", "reason", "x"))
                .expectStatus().isEqualTo(409);
        post(AF_HEEMSTEDE, "/api/signals/" + id + "/transitions", Map.of("to", "IN_VERRIJKING", "reason", "x"))
                .expectStatus().isForbidden();
        // each side takes only its own steps
        decide(AF_ZAANSTAD, id, handoverId, "ACCEPT").expectStatus().isForbidden();
        decide(AF_HEEMSTEDE, id, handoverId, "CANCEL").expectStatus().isForbidden();

        assertThat(ok(decide(AF_HEEMSTEDE, id, handoverId, "ACCEPT"))).containsEntry("status", "ACCEPTED")
                .containsEntry("decidedBy", "af.heemstede").containsEntry("toRegion", "kennemerland");
        decide(AF_HEEMSTEDE, id, handoverId, "RETURN").expectStatus().isEqualTo(409);

        // moved: read back decrypted by the new region, gone for the old one
        Map<String, Object> moved = get(AF_HEEMSTEDE, id);
        assertThat(moved).containsEntry("region", "kennemerland").containsEntry("municipalityCode", "GM0397")
                .containsEntry("description", description).containsEntry("outlineOnly", false);
        assertThat(moved.get("location").toString()).contains("Kassenweg");
        assertThat(moved.get("enrichments").toString()).contains("Werkgever ingeschreven in Heemstede");
        assertThat(moved.get("handovers").toString()).contains("ACCEPTED");
        web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/" + id).exchange().expectStatus().isNotFound();

        Document stored = raw(id);
        assertThat(stored.getString("region")).isEqualTo("kennemerland");
        assertThat(stored.getList("readableByRegions", String.class)).containsExactly("kennemerland");
        assertThat(stored.getString("description")).startsWith("enc:v1:");
        assertThat(encryption.decrypt("kennemerland", id, "description", stored.getString("description")))
                .isEqualTo(description);
        assertThatThrownBy(() -> encryption.decrypt("zaanstreek-waterland", id, "description",
                stored.getString("description"))).isInstanceOf(FieldCryptoException.class);
        assertThat(stored.getList("enrichments", Document.class).get(0).getString("summary")).startsWith("enc:v1:");

        // the new AF works it; the reporter still follows it
        post(AF_HEEMSTEDE, "/api/signals/" + id + "/transitions", Map.of("to", "IN_VERRIJKING", "reason", "Overgenomen"))
                .expectStatus().isOk();
        assertThat(ok(web.mutateWith(MELDER).get().uri("/api/signals/reported-by-me?size=100").exchange())
                .get("items").toString()).contains(id).contains("kennemerland");

        List<String> logged = mongo.find(new Query(Criteria.where("resourceId").is(id)), AccessLogEntry.class)
                .map(AccessLogEntry::action).collectList().block();
        assertThat(logged).contains("HANDOVER", "HANDOVER_ACCEPT");
    }

    @Test
    void aReturnedOrCancelledHandoverLeavesTheSignalWhereItWas() {
        String id = reported("Teruggestuurde overdracht " + UUID.randomUUID());
        String returned = handOver(id, "GM0397");
        post(AF_HEEMSTEDE, "/api/signals/" + id + "/handovers/" + returned + "/decisions", Map.of("decision", "RETURN"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        assertThat(ok(decide(AF_HEEMSTEDE, id, returned, "RETURN"))).containsEntry("status", "RETURNED")
                .containsEntry("decisionReason", "Besluit RETURN");
        web.mutateWith(AF_HEEMSTEDE).get().uri("/api/signals/" + id).exchange().expectStatus().isNotFound();
        assertThat(raw(id).getString("region")).isEqualTo("zaanstreek-waterland");
        assertThat(raw(id).getList("readableByRegions", String.class)).containsExactly("zaanstreek-waterland");

        String cancelled = handOver(id, "GM0397");
        assertThat(ok(decide(AF_ZAANSTAD, id, cancelled, "CANCEL"))).containsEntry("status", "CANCELLED");
        web.mutateWith(AF_HEEMSTEDE).get().uri("/api/signals/" + id).exchange().expectStatus().isNotFound();
        post(AF_ZAANSTAD, "/api/signals/" + id + "/transitions", Map.of("to", "IN_VERRIJKING", "reason", "Weer van ons"))
                .expectStatus().isOk();
        assertThat(get(AF_ZAANSTAD, id).get("handovers").toString()).contains("RETURNED", "CANCELLED");
        // an unknown hand-over of a visible signal
        decide(AF_ZAANSTAD, id, UUID.randomUUID().toString(), "CANCEL").expectStatus().isNotFound();
    }

    @Test
    void aHandoverToAMunicipalityThePlatformDoesNotServeIsRecordedAsForwardedOutside() {
        String id = reported("Buiten het platform " + UUID.randomUUID());
        post(AF_ZAANSTAD, "/api/signals/" + id + "/handovers", Map.of("toMunicipalityCode", "GM0363", "reason", "x"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("forwardedTo");
        post(AF_ZAANSTAD, "/api/signals/" + id + "/handovers", Map.of("toMunicipalityCode", "AMS", "reason", "x"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("toMunicipalityCode");
        assertThat(ok(post(AF_ZAANSTAD, "/api/signals/" + id + "/handovers", Map.of("toMunicipalityCode", "GM0363",
                "reason", "Uitbuiting in Amsterdam", "forwardedTo", "AF mensenhandel Amsterdam, per mail"))))
                .containsEntry("status", "FORWARDED_OUTSIDE").containsEntry("forwardedTo", "AF mensenhandel Amsterdam, per mail");
        Map<String, Object> signal = get(AF_ZAANSTAD, id);
        assertThat(signal.get("forwardedOutside").toString()).contains("GM0363", "AF mensenhandel Amsterdam");
        // not pending: the AF still works it (e.g. closes it with feedback)
        post(AF_ZAANSTAD, "/api/signals/" + id + "/transitions", Map.of("to", "IN_VERRIJKING", "reason", "x"))
                .expectStatus().isOk();
    }
}
