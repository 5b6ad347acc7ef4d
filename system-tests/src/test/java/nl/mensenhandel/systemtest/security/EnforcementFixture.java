package nl.mensenhandel.systemtest.security;

import static nl.mensenhandel.systemtest.security.RegionFixture.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import nl.mensenhandel.systemtest.Api;
import tools.jackson.databind.JsonNode;

/**
 * Enforcement's part of a region's fixtures (issue 10), created through the gateway as the people who do it: the
 * regio-beheerder records the designation of the region's handhaver by its home municipality (as the demo data
 * does, unchanged); the fixture casus' INTEGRALE_CONTROLE track sent an inspection request to enforcement-service,
 * which the handhaver finds and carries out ({@code inspection}, origin TAFEL, UITGEVOERD) with a PNG photo
 * ({@code attachment}); the handhaver proposes a verblijfsontzegging ({@code measure}, VOORNEMEN), a second one taken
 * to BESLUIT ({@code decidedMeasure}) with a bezwaar against it ({@code remedy}), records a spoedeisende
 * bestuursdwang ({@code spoedMeasure}, UITVOERING, not yet in writing) and a HORECA permit application
 * ({@code permitApplication}).
 *
 * <p>The ids a field tool would make for the matrix's own new records ({@code newInspection}, {@code newFinding},
 * {@code newAttachment}, {@code newSyncFinding}) are fixed per run and region, never used before.
 */
record EnforcementFixture(String region, String handhaver, String homeMunicipality, String mandateMunicipality,
        String inspection, String attachment, String measure, String decidedMeasure, String remedy,
        String spoedMeasure, String permitApplication, String newInspection, String newFinding, String newAttachment,
        String newSyncFinding) {

    /** A 1x1 PNG: small, and its bytes start with the PNG signature the service checks. */
    static final String PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
    static final String PNG_SHA256 = sha256(Base64.getDecoder().decode(PNG_BASE64));

    /** The second municipality of the region whose mandate the matrix puts (Oostzaan, Bloemendaal). */
    private static final Map<String, String> MANDATE_MUNICIPALITY = Map.of(Callers.A, "GM0431", Callers.B, "GM0377");

    /** The designation the demo data records for the region's handhaver (putDesignation puts it again unchanged). */
    static final Map<String, Object> DESIGNATION = Map.of("designatedBy", "BURGEMEESTER",
            "decisionReference", "AWB-DEMO-2024-01", "validFrom", "2024-01-01");

    /** How long the suite waits for triage's dispatcher to deliver the inspection request (it polls every 5 s). */
    private static final Duration DELIVERY = Duration.ofSeconds(60);

    static EnforcementFixture create(String region, String municipality, String marker, String caseId,
            String inspectionTrack, Instant now) {
        String handhaver = Callers.role(region, "handhaver").name();
        String beheer = Callers.role(region, "regio-beheerder").name();
        String today = LocalDate.now(RegionFixture.DUTCH_TIME).toString();

        // the handhaver acts for the home municipality under its mayor's designation (the demo data's, unchanged)
        var designated = Api.put(url("/api/enforcement/municipalities/" + municipality + "/designations/" + handhaver),
                beheer, DESIGNATION);
        assertThat(designated.status()).as("the designation of " + handhaver + ": " + designated.body()).isEqualTo(200);

        // the table's inspection request (triage -> enforcement), carried out by the handhaver
        String request = awaitInspectionRequest(handhaver, caseId, inspectionTrack);
        Map<String, Object> inspection = new LinkedHashMap<>();
        String inspectionId = UUID.randomUUID().toString();
        inspection.put("id", inspectionId);
        inspection.put("municipalityCode", municipality);
        inspection.put("inspectionType", "HUISVESTING");
        inspection.put("origin", "TAFEL");
        inspection.put("inspectionRequestId", request);
        inspection.put("address", address("10"));
        inspection.put("organisations", List.of("GEMEENTE", "POLITIE_AVIM"));
        inspection.put("startedAt", now.minus(Duration.ofHours(2)).toString());
        inspection.put("status", "UITGEVOERD");
        var created = Api.post(url("/api/enforcement/inspections"), handhaver, inspection,
                "matrix-fixture-inspection-" + marker);
        assertThat(created.status()).as("the fixture inspection: " + created.body()).isEqualTo(201);

        var photo = Api.post(url("/api/enforcement/inspections/" + inspectionId + "/attachments"), handhaver,
                Map.of("id", UUID.randomUUID().toString(), "fileName", "voorgevel.png", "contentType", "image/png",
                        "sha256", PNG_SHA256, "content", PNG_BASE64), "matrix-fixture-attachment-" + marker);
        assertThat(photo.status()).as("the fixture attachment: " + photo.body()).isEqualTo(201);

        // measures: a verblijfsontzegging in VOORNEMEN, a second one decided (BESLUIT) with a bezwaar against it
        String measure = id(propose(handhaver, verblijfsontzegging(municipality, today, marker), "measure-" + marker));
        JsonNode second = propose(handhaver, verblijfsontzegging(municipality, today, marker), "decided-" + marker);
        var decided = Api.post(url("/api/enforcement/measures/" + id(second) + "/transitions"), handhaver,
                Map.of("to", "BESLUIT", "date", today, "version", second.path("version").asLong(),
                        "decisionReference", "VO-" + marker), null);
        assertThat(decided.status()).as("the fixture measure decided: " + decided.body()).isEqualTo(200);
        var bezwaar = Api.post(url("/api/enforcement/measures/" + id(second) + "/remedies"), handhaver,
                Map.of("kind", "BEZWAAR", "filedOn", today), "matrix-fixture-remedy-" + marker);
        assertThat(bezwaar.status()).as("the fixture bezwaar: " + bezwaar.body()).isEqualTo(201);
        String remedy = bezwaar.json().path("remedies").path(0).path("id").asString();
        assertThat(remedy).as("the bezwaar's id: " + bezwaar.body()).isNotBlank();

        // spoedeisende bestuursdwang at an overcrowded house: in UITVOERING at once, not yet put in writing
        Map<String, Object> spoed = new LinkedHashMap<>();
        spoed.put("instrumentCode", "BESTUURSDWANG_WONING");
        spoed.put("municipalityCode", municipality);
        spoed.put("competentAuthority", competentAuthority(handhaver, "BESTUURSDWANG_WONING", municipality, today));
        spoed.put("proposedOn", today);
        spoed.put("address", address("10"));
        spoed.put("spoedeisend", true);
        spoed.put("threats", List.of("VEILIGHEID"));
        spoed.put("grounds", "Systeemtest toegangsmatrix " + marker + " (spoed)");
        JsonNode spoedMeasure = propose(handhaver, spoed, "spoed-" + marker);
        assertThat(spoedMeasure.path("status").asString()).as(spoedMeasure.toString()).isEqualTo("UITVOERING");

        var permit = Api.post(url("/api/enforcement/permit-applications"), handhaver, Map.of(
                "municipalityCode", municipality, "permitType", "HORECA",
                "applicant", "Systeemtest toegangsmatrix " + marker + " (aanvrager)",
                "address", address("16"), "receivedOn", today), "matrix-fixture-permit-" + marker);
        assertThat(permit.status()).as("the fixture permit application: " + permit.body()).isEqualTo(201);

        return new EnforcementFixture(region, handhaver, municipality, MANDATE_MUNICIPALITY.get(region), inspectionId,
                photo.json().path("id").asString(), measure, id(second), remedy, id(spoedMeasure), id(permit.json()),
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
    }

    /** The value of a fixture the matrix names as a path parameter, or null when it is not enforcement's. */
    String value(String fixture) {
        return switch (fixture) {
            case "inspection" -> inspection;
            case "attachment" -> attachment;
            case "homeMunicipality" -> homeMunicipality;
            case "mandateMunicipality" -> mandateMunicipality;
            case "handhaverUsername" -> handhaver;
            case "measure" -> measure;
            case "decidedMeasure" -> decidedMeasure;
            case "remedy" -> remedy;
            case "spoedMeasure" -> spoedMeasure;
            case "permitApplication" -> permitApplication;
            default -> null;
        };
    }

    /** The text placeholders of issue 10 (access-matrix.yaml header). */
    Map<String, String> placeholders() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("newInspection", newInspection);
        values.put("newFinding", newFinding);
        values.put("newAttachment", newAttachment);
        values.put("newSyncFinding", newSyncFinding);
        values.put("pngBase64", PNG_BASE64);
        values.put("pngSha256", PNG_SHA256);
        values.put("year", Integer.toString(LocalDate.now(RegionFixture.DUTCH_TIME).getYear()));
        values.put("inspection", inspection);
        values.put("measure", measure);
        return values;
    }

    /**
     * The whole-body placeholders of issue 10, each read when a row sends it: they name the fixture's version as it
     * stands at that moment (a version read when the fixtures were made would be stale after an earlier row).
     */
    Map<String, Supplier<Object>> bodies() {
        String today = LocalDate.now(RegionFixture.DUTCH_TIME).toString();
        return Map.of(
                "inspectionUpdate", () -> Map.of("version", version("/api/enforcement/inspections/" + inspection),
                        "status", "AFGEROND"),
                "measureTransition", () -> Map.of("to", "ZIENSWIJZE", "date", today,
                        "version", version("/api/enforcement/measures/" + measure)),
                "bibobChange", () -> Map.of("version", version("/api/enforcement/permit-applications/"
                        + permitApplication), "requestedOn", today, "adviceDeadline",
                        LocalDate.now(RegionFixture.DUTCH_TIME).plusWeeks(8).toString(), "advice", "GEEN_GEVAAR",
                        "adviceReceivedOn", today),
                "permitDecision", () -> Map.of("version", version("/api/enforcement/permit-applications/"
                        + permitApplication), "outcome", "VERLEEND", "decidedOn", today));
    }

    /** What identifies this region's enforcement data: never in an answer to the other region. */
    List<String> markers() {
        return List.of(inspection, attachment, measure, decidedMeasure, remedy, spoedMeasure, permitApplication,
                newInspection, newFinding, newAttachment, newSyncFinding);
    }

    private long version(String path) {
        var current = Api.get(url(path), handhaver);
        assertThat(current.status()).as("the fixture's current version at " + path + ": " + current.body())
                .isEqualTo(200);
        return current.json().path("version").asLong();
    }

    private static Map<String, Object> verblijfsontzegging(String municipality, String today, String marker) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("instrumentCode", "VERBLIJFSONTZEGGING");
        body.put("municipalityCode", municipality);
        body.put("competentAuthority", "BURGEMEESTER");
        body.put("proposedOn", today);
        body.put("address", address("10"));
        body.put("spoedeisend", false);
        body.put("durationWeeks", 8);
        body.put("grounds", "Systeemtest toegangsmatrix " + marker + " (verblijfsontzegging)");
        return body;
    }

    private static JsonNode propose(String handhaver, Map<String, Object> body, String key) {
        var proposed = Api.post(url("/api/enforcement/measures"), handhaver, body, "matrix-fixture-" + key);
        assertThat(proposed.status()).as("the fixture measure " + body.get("instrumentCode") + ": " + proposed.body())
                .isEqualTo(201);
        return proposed.json();
    }

    /** The competent authority of an instrument in the region's catalogue today (the measure must name it). */
    static String competentAuthority(String user, String instrumentCode, String municipality, String date) {
        var instruments = Api.get(url("/api/enforcement/instruments?date=" + date + "&municipalityCode="
                + municipality), user);
        assertThat(instruments.status()).as(instruments.body()).isEqualTo(200);
        for (JsonNode instrument : instruments.json().path("items")) {
            if (instrumentCode.equals(instrument.path("code").asString())) {
                return instrument.path("competentAuthority").asString();
            }
        }
        throw new AssertionError("instrument " + instrumentCode + " is not in the catalogue: " + instruments.body());
    }

    private static Map<String, Object> address(String houseNumber) {
        return Map.of("street", "Matrixstraat", "houseNumber", houseNumber, "postcode", "1500 AA",
                "city", "Systeemstad");
    }

    /** Polls listInspectionRequests as the handhaver until the casus' INTEGRALE_CONTROLE request is there; its id. */
    private static String awaitInspectionRequest(String handhaver, String caseId, String trackId) {
        Instant deadline = Instant.now().plus(DELIVERY);
        while (true) {
            var list = Api.get(url("/api/enforcement/inspection-requests?size=100"), handhaver);
            assertThat(list.status()).as(list.body()).isEqualTo(200);
            for (JsonNode item : list.json().path("items")) {
                if (caseId.equals(item.path("caseId").asString())
                        && (trackId == null || trackId.equals(item.path("trackId").asString()))) {
                    return item.path("id").asString();
                }
            }
            assertThat(Instant.now()).as("the inspection request of casus " + caseId + " within "
                    + DELIVERY.toSeconds() + " s: " + list.body()).isBefore(deadline);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String id(JsonNode created) {
        return created.path("id").asString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
