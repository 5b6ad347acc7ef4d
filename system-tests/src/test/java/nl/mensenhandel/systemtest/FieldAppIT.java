package nl.mensenhandel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * An inspector's field tool, as issue 10 §2 describes it: it logs in through the public client {@code field-app}
 * with PKCE (never a password grant), makes its own ids while offline, and uploads when it has a connection again —
 * a batch that is sent twice creates nothing the second time, a record changed on another device is answered as a
 * conflict naming both versions, and a photo arrives with its checksum.
 */
@ExtendWith(RunningPlatform.class)
class FieldAppIT {

    private static final String PROBLEM = "urn:mensenhandel:problem:";
    /** The smallest PNG: 1x1 pixel. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Test
    void pkceIsRequiredAndTheTokenCarriesOnlyTheFieldRoles() {
        FieldAppLogin.Authorization withoutVerifier = FieldAppLogin.authorize("handhaver.zaanstad");
        Api.Response refused = FieldAppLogin.exchange(withoutVerifier.code(), null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);

        String token = FieldAppLogin.accessToken("handhaver.zaanstad");
        JsonNode claims = Api.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.path("azp").asString()).isEqualTo(FieldAppLogin.CLIENT_ID);
        assertThat(claims.path("region").asString()).isEqualTo("zaanstreek-waterland");
        List<String> roles = claims.path("realm_access").path("roles").valueStream().map(JsonNode::asString).toList();
        assertThat(roles).contains("handhaver").doesNotContain("aandachtsfunctionaris", "beleidsregisseur");
    }

    @Test
    void anOfflineBatchArrivesOnceAndAChangedRecordIsAConflictNamingBothVersions() throws Exception {
        String token = FieldAppLogin.accessToken("handhaver.zaanstad");
        String inspectionId = UUID.randomUUID().toString();
        String findingId = UUID.randomUUID().toString();
        Instant started = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        Map<String, Object> inspection = new LinkedHashMap<>();
        inspection.put("id", inspectionId);
        inspection.put("municipalityCode", "GM0479");
        inspection.put("inspectionType", "HUISVESTING");
        inspection.put("origin", "AD_HOC");
        inspection.put("organisations", List.of("GEMEENTE", "POLITIE_AVIM"));
        inspection.put("address", Map.of("street", "Veldwerkstraat", "houseNumber", "3", "postcode", "1501 AB",
                "city", "Zaandam"));
        inspection.put("startedAt", started.toString());
        inspection.put("status", "UITGEVOERD");
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("id", findingId);
        finding.put("observedAt", started.plus(20, ChronoUnit.MINUTES).toString());
        finding.put("personsPresent", 4);
        finding.put("personsRegisteredInBrp", 4);
        finding.put("usableFloorAreaM2", 90.0);
        Map<String, Object> batch = Map.of("deviceId", "tablet-zaanstad-07", "records", List.of(
                Map.of("type", "INSPECTION", "inspection", inspection),
                Map.of("type", "FINDING", "inspectionId", inspectionId, "finding", finding)));

        JsonNode first = sync(token, batch);
        assertThat(first.path("created").asInt()).as(first.toString()).isEqualTo(2);
        assertThat(outcomes(first)).containsExactly("CREATED", "CREATED");

        // the connection dropped before the answer arrived: the tool sends the same batch again
        JsonNode again = sync(token, batch);
        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("alreadyReceived").asInt()).isEqualTo(2);
        assertThat(outcomes(again)).containsExactly("ALREADY_RECEIVED", "ALREADY_RECEIVED");

        // another device recorded the same finding id with other content: a conflict with both versions
        Map<String, Object> changed = new LinkedHashMap<>(finding);
        changed.put("personsPresent", 9);
        JsonNode conflict = sync(token, Map.of("deviceId", "tablet-zaanstad-08", "records", List.of(
                Map.of("type", "FINDING", "inspectionId", inspectionId, "finding", changed))));
        JsonNode result = conflict.path("results").get(0);
        assertThat(result.path("outcome").asString()).isEqualTo("CONFLICT");
        assertThat(result.path("problem").path("type").asString()).isEqualTo(PROBLEM + "field-record-conflict");
        assertThat(result.path("problem").path("stored").path("personsPresent").asInt()).isEqualTo(4);
        assertThat(result.path("problem").path("received").path("personsPresent").asInt()).isEqualTo(9);

        // the same conflict through the single-record endpoint: 409 problem details naming both versions
        Api.Response single = Api.call("POST", Triage.url("/api/enforcement/inspections/" + inspectionId + "/findings"),
                token, Api.JSON.writeValueAsString(changed), Map.of());
        assertThat(single.status()).as(single.body()).isEqualTo(409);
        assertThat(single.json().path("type").asString()).isEqualTo(PROBLEM + "field-record-conflict");
        assertThat(single.json().path("stored").path("personsPresent").asInt()).isEqualTo(4);
        assertThat(single.json().path("received").path("personsPresent").asInt()).isEqualTo(9);

        // an edit names the version it was made on; an edit of an older version is a conflict too
        long version = first.path("results").get(0).path("version").asLong();
        Map<String, Object> finished = new LinkedHashMap<>(inspection);
        finished.put("status", "AFGEROND");
        finished.put("endedAt", started.plus(1, ChronoUnit.HOURS).toString());
        JsonNode edited = sync(token, Map.of("deviceId", "tablet-zaanstad-07", "records", List.of(
                Map.of("type", "INSPECTION", "baseVersion", version, "inspection", finished))));
        assertThat(outcomes(edited)).containsExactly("UPDATED");
        Map<String, Object> stale = new LinkedHashMap<>(inspection);
        stale.put("organisations", List.of("GEMEENTE", "NLA"));
        JsonNode staleEdit = sync(token, Map.of("deviceId", "tablet-zaanstad-08", "records", List.of(
                Map.of("type", "INSPECTION", "baseVersion", version, "inspection", stale))));
        assertThat(outcomes(staleEdit)).containsExactly("CONFLICT");
        assertThat(staleEdit.path("results").get(0).path("problem").path("stored").path("status").asString())
                .isEqualTo("AFGEROND");
    }

    @Test
    void aPhotoArrivesWithItsChecksumAndOnlyOnce() throws Exception {
        String token = FieldAppLogin.accessToken("handhaver.zaanstad");
        String inspectionId = UUID.randomUUID().toString();
        Map<String, Object> inspection = Map.of("id", inspectionId, "municipalityCode", "GM0479",
                "inspectionType", "HUISVESTING", "origin", "AD_HOC", "status", "UITGEVOERD",
                "startedAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "address", Map.of("street", "Fotostraat", "houseNumber", "8", "postcode", "1502 CD", "city", "Zaandam"));
        Api.Response created = Api.call("POST", Triage.url("/api/enforcement/inspections"), token,
                Api.JSON.writeValueAsString(inspection), Map.of());
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        String attachments = Triage.url("/api/enforcement/inspections/" + inspectionId + "/attachments");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG));
        Map<String, Object> photo = Map.of("id", UUID.randomUUID().toString(), "fileName", "slaapplaatsen.png",
                "contentType", "image/png", "sha256", sha256, "content", Base64.getEncoder().encodeToString(PNG));
        Api.Response stored = Api.call("POST", attachments, token, Api.JSON.writeValueAsString(photo), Map.of());
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        assertThat(stored.json().path("sizeBytes").asLong()).isEqualTo(PNG.length);
        Api.Response repeated = Api.call("POST", attachments, token, Api.JSON.writeValueAsString(photo), Map.of());
        assertThat(repeated.status()).as(repeated.body()).isEqualTo(200);

        Map<String, Object> corrupted = new LinkedHashMap<>(photo);
        corrupted.put("id", UUID.randomUUID().toString());
        corrupted.put("sha256", "0".repeat(64));
        Api.Response badChecksum = Api.call("POST", attachments, token, Api.JSON.writeValueAsString(corrupted), Map.of());
        assertThat(badChecksum.status()).as(badChecksum.body()).isEqualTo(400);
        assertThat(badChecksum.body()).contains("sha256");

        byte[] notAPng = "GIF89a not a png".getBytes(StandardCharsets.US_ASCII);
        Map<String, Object> disguised = new LinkedHashMap<>(photo);
        disguised.put("id", UUID.randomUUID().toString());
        disguised.put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(notAPng)));
        disguised.put("content", Base64.getEncoder().encodeToString(notAPng));
        Api.Response wrongType = Api.call("POST", attachments, token, Api.JSON.writeValueAsString(disguised), Map.of());
        assertThat(wrongType.status()).as(wrongType.body()).isEqualTo(400);

        JsonNode read = Api.call("GET", attachments + "/" + photo.get("id"), token, null, Map.of()).json();
        assertThat(Base64.getDecoder().decode(read.path("content").asString())).isEqualTo(PNG);
    }

    private static JsonNode sync(String token, Map<String, Object> batch) throws Exception {
        Api.Response response = Api.call("POST", Triage.url("/api/enforcement/field-sync"), token,
                Api.JSON.writeValueAsString(batch), Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> outcomes(JsonNode result) {
        return result.path("results").valueStream().map(r -> r.path("outcome").asString()).toList();
    }
}
