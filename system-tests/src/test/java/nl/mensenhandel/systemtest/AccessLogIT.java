package nl.mensenhandel.systemtest;

import static nl.mensenhandel.systemtest.Api.get;
import static nl.mensenhandel.systemtest.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import tools.jackson.databind.JsonNode;

/**
 * Issue 6 §4 end to end through the gateway with real tokens: who saw this person, asked by the privacy
 * officer of the region; refused attempts in the caller's own region's log; the hash chain verified,
 * and an entry altered directly in the store is found by its sequence number.
 * Contract: {@code api-specs/access-log.yaml}.
 */
@ExtendWith(RunningPlatform.class)
class AccessLogIT {

    static final String ENTRIES = "/api/audit/signal-service/entries";
    static final String VERIFICATION = "/api/audit/signal-service/verification";
    /** The embedded store of the local platform; signal-service's database. */
    static final String STORE = "mongodb://localhost:27017";

    record Walk(String signalId, String traceId) {
    }

    /** melder.zaanstad reports a signal about a person; af.zaanstad reads it under a known trace id. */
    private static Walk aSignalReadByTheAf() {
        String run = UUID.randomUUID().toString();
        var created = post(url("/api/signals"), "melder.zaanstad", Map.of(
                "municipalityCode", "GM0479", "forms", List.of("ARBEID"), "sourceType", "BURGER",
                "description", "Systeemtest toegangslog " + run, "observedAt", "2026-10-01T06:30:00Z",
                "persons", List.of(Map.of("role", "MOGELIJK_SLACHTOFFER", "minor", false))), "access-log-" + run);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        byte[] random = new byte[16];
        ThreadLocalRandom.current().nextBytes(random);
        String traceId = HexFormat.of().formatHex(random);
        var read = Api.send(HttpRequest.newBuilder(URI.create(url("/api/signals/" + id))).GET()
                .header("Authorization", "Bearer " + Api.token("af.zaanstad"))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return new Walk(id, traceId);
    }

    @Test
    void thePrivacyOfficerFindsWhoSawThePersonsOfASignalWithPurposeLegalBasisAndTraceId() {
        Walk walk = aSignalReadByTheAf();

        var answer = get(url(ENTRIES + "?dataSubject=" + enc("signal:" + walk.signalId() + "/persons")),
                "privacy.zaanstreek");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode read = only(answer.json().get("items"), "READ");
        assertThat(read.get("actorUsername").asString()).isEqualTo("af.zaanstad");
        assertThat(read.get("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(read.get("region").asString()).isEqualTo("zaanstreek-waterland");
        assertThat(read.get("purpose").asString()).isNotBlank();
        assertThat(read.get("legalBasis").asString()).contains("Wmo 2015");
        assertThat(read.get("traceId").asString()).isEqualTo(walk.traceId());
        assertThat(read.get("client").asString()).isEqualTo(RunningPlatform.cliClientId());
        assertThat(read.get("hash").asString()).hasSize(64);
    }

    @Test
    void aRefusedAttemptFromAnotherRegionIsLoggedInTheCallersRegionAndNeverShowsTheOwner() {
        Walk walk = aSignalReadByTheAf();
        String path = "/api/signals/" + walk.signalId();
        assertThat(get(url(path), "af.heemstede").status()).isEqualTo(404);

        var kennemerland = get(url(ENTRIES + "?actor=af.heemstede&resourceId=" + enc(path)), "privacy.kennemerland");
        assertThat(kennemerland.status()).as(kennemerland.body()).isEqualTo(200);
        JsonNode attempt = only(kennemerland.json().get("items"), "READ");
        assertThat(attempt.get("outcome").asString()).isEqualTo("NOT_FOUND");
        assertThat(attempt.get("region").asString()).isEqualTo("kennemerland");
        assertThat(kennemerland.body()).doesNotContain("zaanstreek-waterland");

        // the owner's officer sees its own AF's read, not the other region's attempt
        var zaanstreek = get(url(ENTRIES + "?resourceId=" + enc(walk.signalId())), "privacy.zaanstreek");
        assertThat(zaanstreek.status()).isEqualTo(200);
        assertThat(zaanstreek.json().get("items").findValuesAsString("actorUsername"))
                .contains("af.zaanstad").doesNotContain("af.heemstede");
    }

    @Test
    void anotherRegionsOfficerSeesNoneOfItAndOtherRolesAreRefused() {
        Walk walk = aSignalReadByTheAf();

        var other = get(url(ENTRIES + "?dataSubject=" + enc("signal:" + walk.signalId() + "/persons")),
                "privacy.kennemerland");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.json().get("items")).isEmpty();
        var all = get(url(ENTRIES + "?size=100"), "privacy.kennemerland");
        assertThat(all.json().get("items").findValuesAsString("region")).containsOnly("kennemerland");
        // nothing of zaanstreek's signal, except the officer's own question about it (logged too)
        all.json().get("items").forEach(item -> {
            if (!"privacy.kennemerland".equals(item.path("actorUsername").asString())) {
                assertThat(item.toString()).doesNotContain(walk.signalId());
            }
        });

        for (String path : List.of(ENTRIES, VERIFICATION)) {
            var refused = get(url(path), "af.zaanstad");
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:mensenhandel:problem:forbidden");
        }
    }

    @Test
    void theChainIsIntactAndAnEntryAlteredInTheStoreIsFoundByItsSequence() {
        Walk walk = aSignalReadByTheAf();
        JsonNode intact = verification();
        assertThat(intact.get("status").asString()).as(intact.toString()).isEqualTo("INTACT");
        assertThat(intact.get("entriesChecked").asLong()).isPositive();

        var answer = get(url(ENTRIES + "?dataSubject=" + enc("signal:" + walk.signalId() + "/persons")),
                "privacy.zaanstreek");
        long sequence = only(answer.json().get("items"), "READ").get("sequence").asLong();
        String key = "zaanstreek-waterland:" + String.format("%015d", sequence);

        try (MongoClient store = MongoClients.create(STORE)) {
            MongoCollection<Document> log = store.getDatabase("signals").getCollection("access_log");
            assertThat(log.find(Filters.eq("_id", key)).first()).as("entry %s in the store", key).isNotNull();
            log.updateOne(Filters.eq("_id", key), Updates.set("actorUsername", "someone.else"));
            try {
                JsonNode broken = verification();
                assertThat(broken.get("status").asString()).isEqualTo("BROKEN");
                assertThat(broken.get("firstProblem").get("kind").asString()).isEqualTo("ALTERED");
                assertThat(broken.get("firstProblem").get("sequence").asLong()).isEqualTo(sequence);
            } finally {
                // later tests (and runs) see an intact chain again
                log.updateOne(Filters.eq("_id", key), Updates.set("actorUsername", "af.zaanstad"));
            }
        }
        assertThat(verification().get("status").asString()).isEqualTo("INTACT");
    }

    private static JsonNode verification() {
        var answer = get(url(VERIFICATION), "privacy.zaanstreek");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode only(JsonNode items, String action) {
        List<JsonNode> found = new ArrayList<>();
        items.forEach(item -> {
            if (action.equals(item.get("action").asString())) {
                found.add(item);
            }
        });
        assertThat(found).as("%s entries in %s", action, items).hasSize(1);
        return found.get(0);
    }

    private static String url(String path) {
        return RunningPlatform.gatewayUrl() + path;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
