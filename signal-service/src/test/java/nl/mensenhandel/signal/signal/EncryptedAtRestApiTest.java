package nl.mensenhandel.signal.signal;

import static nl.mensenhandel.signal.DemoUsers.AF_ZAANSTAD;
import static nl.mensenhandel.signal.DemoUsers.MELDER;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * Issue 6 §3: the personal data of a signal is encrypted at rest — the stored document, read raw from the
 * store, holds none of it in clear text, while the AF reads it decrypted through the API.
 */
@SpringBootTest
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class EncryptedAtRestApiTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    ReactiveMongoTemplate mongo;

    WebTestClient web;

    @BeforeEach
    void client() {
        web = TestJwts.client(context);
    }

    record Sent(String id, Map<String, String> secrets) {
    }

    /** A signal whose every personal value is unique to this call, so finding it in the store means clear text. */
    Sent report(String postcode, String number) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> secrets = new HashMap<>();
        secrets.put("description", "Geheime omschrijving " + marker + " over een pand vol matrassen");
        secrets.put("reporter.name", "Melder Geheimnaam " + marker);
        secrets.put("reporter.contact", "melder-" + marker + "@zaanstad.example");
        secrets.put("location.street", "Geheimstraat" + marker);
        secrets.put("location.businessName", "Geheim Uitzendbureau " + marker);
        secrets.put("location.description", "Achter de loods " + marker);
        secrets.put("persons.identifyingHint", "Persoon Geheimnaam " + marker + " 01-02-1990");
        Map<String, Object> body = new HashMap<>();
        body.put("municipalityCode", "GM0479");
        body.put("forms", List.of("ARBEID"));
        body.put("sourceType", "PROFESSIONAL");
        body.put("reporter", Map.of("name", secrets.get("reporter.name"),
                "contact", secrets.get("reporter.contact")));
        body.put("description", secrets.get("description"));
        body.put("observedAt", "2026-10-01T06:30:00Z");
        body.put("location", Map.of("street", secrets.get("location.street"), "houseNumber", number, "postcode",
                postcode, "city", "Zaandam", "businessName", secrets.get("location.businessName"),
                "description", secrets.get("location.description")));
        body.put("persons", List.of(Map.of("role", "MOGELIJK_SLACHTOFFER", "minor", false, "yearOfBirth", 1990,
                "nationality", "BGR", "identifyingHint", secrets.get("persons.identifyingHint"))));
        String id = post(MELDER, "/api/signals", body).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("id").toString();
        return new Sent(id, secrets);
    }

    WebTestClient.ResponseSpec post(JwtMutator who, String uri, Object body) {
        return web.mutateWith(who).post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    Map<String, Object> read(String id) {
        return web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/" + id).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    Document raw(String id) {
        return mongo.findOne(new Query(Criteria.where("_id").is(id)), Document.class, "signals").block();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStoredSignalHoldsNoPersonalDataInClearTextButTheAfReadsIt() {
        Sent sent = report("1500 AA", "12");
        String summary = "BRP: op het adres staat Geheimbewoner " + sent.id().substring(0, 8) + " ingeschreven";
        post(AF_ZAANSTAD, "/api/signals/" + sent.id() + "/transitions", Map.of("to", "IN_VERRIJKING", "reason", "test"))
                .expectStatus().isOk();
        post(AF_ZAANSTAD, "/api/signals/" + sent.id() + "/enrichments",
                Map.of("source", "BRP", "summary", summary, "legalBasis", "Wet BRP")).expectStatus().isCreated();

        Document stored = raw(sent.id());
        String json = stored.toJson();
        sent.secrets().values().forEach(secret -> assertThat(json).as("clear text in the store").doesNotContain(secret));
        assertThat(json).doesNotContain(summary).doesNotContain("BGR").doesNotContain("1500")
                .doesNotContain("Zaandam");
        assertThat(stored.getString("description")).startsWith("enc:v1:");
        assertThat(stored.get("reporter", Document.class).getString("contact")).startsWith("enc:v1:");
        assertThat(stored.get("reporter", Document.class).getString("name")).startsWith("enc:v1:");
        assertThat(stored.get("location", Document.class).getString("postcode")).startsWith("enc:v1:");
        assertThat(stored.getList("persons", Document.class).get(0).getString("nationality")).startsWith("enc:v1:");
        assertThat(stored.getList("enrichments", Document.class).get(0).getString("summary")).startsWith("enc:v1:");
        // what the work list filters on stays searchable; duplicate keys are blind-index tokens
        assertThat(stored.getString("municipalityCode")).isEqualTo("GM0479");
        assertThat(stored.get("duplicateKeys", Document.class).getString("addressKey")).startsWith("bi:");
        assertThat(stored.get("duplicateKeys", Document.class).getString("businessKey")).startsWith("bi:");

        Map<String, Object> signal = read(sent.id());
        assertThat(signal.get("description")).isEqualTo(sent.secrets().get("description"));
        Map<String, Object> reporter = (Map<String, Object>) signal.get("reporter");
        assertThat(reporter.get("name")).isEqualTo(sent.secrets().get("reporter.name"));
        assertThat(reporter.get("contact")).isEqualTo(sent.secrets().get("reporter.contact"));
        Map<String, Object> location = (Map<String, Object>) signal.get("location");
        assertThat(location.get("street")).isEqualTo(sent.secrets().get("location.street"));
        assertThat(location.get("postcode")).isEqualTo("1500 AA");
        assertThat(((List<Map<String, Object>>) signal.get("persons")).get(0).get("nationality")).isEqualTo("BGR");
        assertThat(((List<Map<String, Object>>) signal.get("enrichments")).get(0).get("summary")).isEqualTo(summary);
    }

    @Test
    @SuppressWarnings("unchecked")
    void duplicatesAreFoundThroughTheBlindIndexNotTheAddress() {
        String number = String.valueOf(100 + (int) (Math.random() * 900));
        Sent first = report("1501 ZZ", number);
        Sent second = report("1501zz", number);

        List<Map<String, Object>> candidates = web.mutateWith(AF_ZAANSTAD).get()
                .uri("/api/signals/" + second.id() + "/duplicate-candidates").exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody().stream()
                .map(m -> (Map<String, Object>) m).toList();
        assertThat(candidates).filteredOn(c -> c.get("signalId").equals(first.id())).singleElement()
                .satisfies(c -> assertThat((List<String>) c.get("reasons")).contains("SAME_ADDRESS"));
        assertThat(raw(first.id()).get("duplicateKeys", Document.class).getString("addressKey"))
                .isEqualTo(raw(second.id()).get("duplicateKeys", Document.class).getString("addressKey"))
                // a keyed blind index, not the address: a random 3-digit house number can occur in base64 by chance,
                // so the shape is checked rather than the absence of the digits
                .startsWith("bi:").doesNotContain("1501 ZZ").doesNotContain("1501zz");
    }

    @Test
    void aCiphertextCopiedIntoAnotherSignalIsNotShownThere() {
        Sent victim = report("1502 AB", "3");
        Sent other = report("1502 AB", "5");
        String ciphertext = raw(victim.id()).getString("description");
        mongo.updateFirst(new Query(Criteria.where("_id").is(other.id())), Update.update("description", ciphertext),
                "signals").block();

        String body = web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals/" + other.id()).exchange()
                .expectStatus().is5xxServerError().expectBody(String.class).returnResult().getResponseBody();
        assertThat(String.valueOf(body)).doesNotContain(victim.secrets().get("description"));
        assertThat(read(victim.id()).get("description")).isEqualTo(victim.secrets().get("description"));
    }
}
