package nl.mensenhandel.systemtest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import nl.mensenhandel.systemtest.AnonymousIntake;
import nl.mensenhandel.systemtest.Api;
import nl.mensenhandel.systemtest.RunningPlatform;

/**
 * What {@code AccessMatrixIT} creates in one region, through the gateway, fresh for each run: the
 * resources the matrix's path parameters name ({@code signal}, {@code otherSignal}, {@code link},
 * {@code configCode}, {@code case}, {@code track}, {@code meeting}, and care coordination's in {@link CareFixture}),
 * an anonymous signal's case code and secret,
 * the region's triage configuration as it stands, and the markers that identify this region's data — none of
 * which may ever appear in an answer to the other region.
 */
record RegionFixture(String region, String municipality, String marker, String signal, String otherSignal,
        String residenceSignal, String link, String caseCode, String secret, Instant observedAt,
        String enrichedSignal, String anonymousIntakeMunicipality, String handoverSignal, String handover,
        String spoedSignal, String notification, String caseId, String track, String meeting, String table,
        Map<String, Object> triageConfiguration, Instant createdAt, CareFixture care, EnforcementFixture enforcement) {

    static final String CONFIG_CODE = "SYSTEEMTEST_MATRIX";
    /** The dates the platform reasons in (due dates, the OM's decision). */
    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    /**
     * A victim's residence in a THIRD region (neither A nor B): its AF is informed, but the two regions under
     * test must still see nothing of each other.
     */
    private static final Map<String, String> RESIDENCE_ELSEWHERE = Map.of(Callers.A, "GM0193", Callers.B, "GM0599");

    /**
     * Where the region's anonymous fixture is reported: a municipality whose anonymous intake the suite opens
     * itself (Zaanstad; in Kennemerland Haarlem — the home municipality Heemstede has it off, as its plan says).
     */
    static final Map<String, String> ANONYMOUS_INTAKE = Map.of(Callers.A, "GM0479", Callers.B, "GM0392");

    /** Where the region's AF hands its hand-over fixture to: another municipality of the same region (Wormerland, Haarlem). */
    private static final Map<String, String> HANDOVER_TO = Map.of(Callers.A, "GM0880", Callers.B, "GM0392");

    /** Both regions' fixtures share this address, so that a duplicate search could cross regions if it leaked. */
    static RegionFixture create(String region, String run, Map<String, Object> address) {
        String municipality = Callers.HOME.get(region);
        String marker = "matrixgeheim-" + run + "-" + region;
        Instant observedAt = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        String melder = Callers.role(region, "melder").name();
        String af = Callers.role(region, "aandachtsfunctionaris").name();

        String signal = created(Api.post(url("/api/signals"), melder,
                signalBody(municipality, "Systeemtest toegangsmatrix " + marker + " (signaal)", observedAt, address),
                null));
        String otherSignal = created(Api.post(url("/api/signals"), melder,
                signalBody(municipality, "Systeemtest toegangsmatrix " + marker + " (tweede)", observedAt, address),
                null));
        Map<String, Object> withResidence = signalBody(municipality,
                "Systeemtest toegangsmatrix " + marker + " (woonplaats elders)", observedAt, address);
        withResidence.put("residenceMunicipalityCode", RESIDENCE_ELSEWHERE.get(region));
        String residenceSignal = created(Api.post(url("/api/signals"), melder, withResidence, null));
        // a signal the AF has taken up (IN_VERRIJKING), which the route lets go to the table (submitToTriage)
        String enrichedSignal = created(Api.post(url("/api/signals"), melder,
                signalBody(municipality, "Systeemtest toegangsmatrix " + marker + " (in verrijking)", observedAt,
                        address), null));
        var takenUp = Api.post(url("/api/signals/" + enrichedSignal + "/transitions"), af,
                Map.of("to", "IN_VERRIJKING", "reason", "Systeemtest " + marker), null);
        assertThat(takenUp.status()).as(takenUp.body()).isEqualTo(200);
        var link = Api.post(url("/api/signals/" + signal + "/links"), af,
                Map.of("otherSignalId", otherSignal, "kind", "SAME_ADDRESS", "reason", "Systeemtest " + marker), null);
        assertThat(link.status()).as(link.body()).isEqualTo(201);
        String handoverSignal = created(Api.post(url("/api/signals"), melder,
                signalBody(municipality, "Systeemtest toegangsmatrix " + marker + " (overdracht)", observedAt, null),
                null));
        var handover = Api.post(url("/api/signals/" + handoverSignal + "/handovers"), af,
                Map.of("toMunicipalityCode", HANDOVER_TO.get(region), "reason", "Systeemtest " + marker), null);
        assertThat(handover.status()).as(handover.body()).isEqualTo(201);

        String anonymousIntakeMunicipality = ANONYMOUS_INTAKE.get(region);
        AnonymousIntake.open(Callers.role(region, "regio-beheerder").name(), anonymousIntakeMunicipality);
        Map<String, Object> anonymous = new LinkedHashMap<>();
        anonymous.put("municipalityCode", anonymousIntakeMunicipality);
        anonymous.put("forms", List.of("ARBEID"));
        anonymous.put("description", "Systeemtest toegangsmatrix " + marker + " (anoniem)");
        anonymous.put("observedAt", observedAt.toString());
        var receipt = Api.postPublic(url("/api/public/anonymous-signals"), anonymous, "matrix-fixture-" + marker);
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);

        // the region's own category and sector with the matrix's code, so the other region's PUT of that code
        // can be shown not to touch it
        var category = Api.put(url("/api/signals/categories/" + CONFIG_CODE), Callers.role(region, "regio-beheerder")
                .name(), Map.of("name", "Systeemtest toegangsmatrix " + region, "form", "ARBEID"));
        assertThat(category.status()).as(category.body()).isEqualTo(200);

        // a SPOED signal: its notification stands in the inboxes of the home municipality's AF and the table
        Map<String, Object> spoed = signalBody(municipality, "Systeemtest toegangsmatrix " + marker + " (spoed)",
                observedAt, null);
        spoed.put("urgency", "SPOED");
        String spoedSignal = created(Api.post(url("/api/signals"), melder, spoed, null));
        var inbox = Api.get(url("/api/inbox?size=100"), af);
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        String notification = null;
        for (var item : inbox.json().path("items")) {
            if (spoedSignal.equals(item.path("about").path("id").asString())) {
                notification = item.path("id").asString();
            }
        }
        assertThat(notification).as("the AF's inbox holds the SPOED notification: " + inbox.body()).isNotNull();

        // triage (issue 8): the region's configuration as it stands (putTriageConfiguration puts it back unchanged),
        // its first table, a casus decided with a ZORG_EN_STRAF and an INTEGRALE_CONTROLE track, a planned meeting
        var configuration = Api.get(url("/api/triage/configuration"), Callers.role(region, "regio-beheerder").name());
        assertThat(configuration.status()).as(configuration.body()).isEqualTo(200);
        Map<String, Object> triageConfiguration = asNewConfiguration(configuration.json());
        String table = configuration.json().path("steps").path(0).asString();
        assertThat(table).as("the region's first table: " + configuration.body()).isNotBlank();

        var casus = Api.post(url("/api/cases"), af, Map.of("signalIds", List.of(signal), "municipalityCodes",
                List.of(municipality), "summary", "Systeemtest toegangsmatrix " + marker + " (casus)"), null);
        String caseId = created(casus);
        String dueDate = LocalDate.now(DUTCH_TIME).plusWeeks(2).toString();
        var decision = Api.post(url("/api/cases/" + caseId + "/decisions"), af, Map.of(
                "form", "MAIL_CONSULTATIE",
                "participants", List.of("Systeemtest toegangsmatrix"),
                "rationale", "Systeemtest toegangsmatrix " + marker + " (besluit)",
                "legalBasis", "Convenant Zorg- en Veiligheidshuis",
                "tracks", List.of(
                        Map.of("type", "ZORG_EN_STRAF",
                                "regiehouder", Map.of("kind", "ZORG_EN_VEILIGHEIDSHUIS", "organisation", "Systeemtest"),
                                "dueDate", dueDate,
                                "details", "Systeemtest toegangsmatrix " + marker + " (zorg en straf)",
                                "criminalInformation", "Systeemtest toegangsmatrix " + marker + " (strafrechtelijk)"),
                        Map.of("type", "INTEGRALE_CONTROLE",
                                "regiehouder", Map.of("kind", "HANDHAVING", "organisation", "Systeemtest"),
                                "dueDate", dueDate,
                                "details", "Systeemtest toegangsmatrix " + marker + " (controle)"))),
                "matrix-fixture-decision-" + marker);
        assertThat(decision.status()).as(decision.body()).isEqualTo(201);
        String track = null;
        String inspectionTrack = null;
        for (var t : decision.json().path("tracks")) {
            if ("ZORG_EN_STRAF".equals(t.path("type").asString())) {
                track = t.path("id").asString();
            } else if ("INTEGRALE_CONTROLE".equals(t.path("type").asString())) {
                inspectionTrack = t.path("id").asString();
            }
        }
        assertThat(track).as("the decision opened a ZORG_EN_STRAF track: " + decision.body()).isNotNull();

        var meeting = Api.post(url("/api/triage/meetings"), Callers.role(region, "casustafel").name(),
                Map.of("tableId", table, "form", "OVERLEG", "scheduledAt", nextWeek().toString()),
                "matrix-fixture-meeting-" + marker);

        // care coordination (issue 9): the trajectory the ZORG_EN_STRAF track opened, a care question, capacity,
        // a reserved placement and the cost allocation of the fixture year
        Instant createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        CareFixture care = CareFixture.create(region, municipality, marker, caseId, createdAt);

        // enforcement (issue 10): the inspection the casus' INTEGRALE_CONTROLE track asked for, its photo, measures
        // along their procedure and a permit application, by the region's handhaver
        EnforcementFixture enforcement = EnforcementFixture.create(region, municipality, marker, caseId,
                inspectionTrack, createdAt);

        return new RegionFixture(region, municipality, marker, signal, otherSignal, residenceSignal,
                link.json().get("id").asString(),
                receipt.json().get("caseCode").asString(), receipt.json().get("secret").asString(), observedAt,
                enrichedSignal, anonymousIntakeMunicipality,
                handoverSignal, handover.json().get("id").asString(), spoedSignal, notification,
                caseId, track, created(meeting), table, triageConfiguration, createdAt, care, enforcement);
    }

    /** getTriageConfiguration's answer as putTriageConfiguration takes it: without region, source and updatedAt. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> asNewConfiguration(tools.jackson.databind.JsonNode configuration) {
        Map<String, Object> body = new LinkedHashMap<>(Api.JSON.convertValue(configuration, Map.class));
        body.remove("region");
        body.remove("source");
        body.remove("updatedAt");
        return body;
    }

    private static Instant nextWeek() {
        return Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The value of a fixture the matrix names as a path parameter. */
    String value(String fixture) {
        return switch (fixture) {
            case "signal" -> signal;
            case "otherSignal" -> otherSignal;
            case "residenceSignal" -> residenceSignal;
            case "link" -> link;
            case "configCode" -> CONFIG_CODE;
            case "anonymousIntakeMunicipality" -> anonymousIntakeMunicipality;
            case "handoverSignal" -> handoverSignal;
            case "handover" -> handover;
            // the access log of the service that holds the fixtures' personal data
            case "auditedService" -> "signal-service";
            case "notification" -> notification;
            case "case" -> caseId;
            case "track" -> track;
            case "meeting" -> meeting;
            case "careQuestion" -> care.careQuestion();
            case "trajectory" -> care.trajectory();
            case "provider" -> care.provider();
            case "providerLocation" -> care.location();
            case "providerPlacementType" -> care.placementType();
            case "placement" -> care.placement();
            case "costYear" -> Integer.toString(CareFixture.COST_YEAR);
            default -> enforcementValue(fixture);
        };
    }

    private String enforcementValue(String fixture) {
        String value = enforcement.value(fixture);
        if (value == null) {
            throw new IllegalArgumentException("unknown fixture " + fixture + " (see AccessMatrix.FIXTURES)");
        }
        return value;
    }

    /** The placeholders of the matrix's request bodies and headers. */
    Map<String, String> placeholders(String run) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("municipality", municipality);
        values.put("otherSignal", otherSignal);
        values.put("caseCode", caseCode);
        values.put("secret", secret);
        values.put("observedAt", observedAt.toString());
        values.put("run", run);
        values.put("region", region);
        values.put("enrichedSignal", enrichedSignal);
        values.put("anonymousIntakeMunicipality", anonymousIntakeMunicipality);
        values.put("case", caseId);
        values.put("track", track);
        values.put("table", table);
        values.put("dueDate", LocalDate.now(DUTCH_TIME).plusWeeks(2).toString());
        values.put("today", LocalDate.now(DUTCH_TIME).toString());
        values.put("nextWeek", nextWeek().toString());
        // fixed per run, not per call: a second allowed caller sends the same intake and departure (200 unchanged),
        // and the capacity publication is later than the fixture's own
        values.put("now", createdAt.toString());
        values.put("arrivedAt", createdAt.minus(Duration.ofHours(1)).toString());
        values.put("departedAt", createdAt.minus(Duration.ofMinutes(1)).toString());
        values.put("afOrganisation", Callers.role(region, "aandachtsfunctionaris").claim("organisation"));
        values.put("trajectory", care.trajectory());
        values.put("provider", care.provider());
        values.put("providerLocation", care.location());
        values.put("providerPlacementType", care.placementType());
        values.putAll(enforcement.placeholders());
        values.put("partnerFiguresCsv", MonitorFixture.partnerFiguresCsv(municipality));
        return values;
    }

    /**
     * The placeholders that stand for a whole JSON value rather than text: a request body (or a member of one)
     * that is exactly {@code ${name}} is replaced by the value itself.
     */
    Map<String, Supplier<Object>> jsonPlaceholders() {
        Map<String, Supplier<Object>> values = new LinkedHashMap<>(enforcement.bodies());
        values.put("triageConfiguration", () -> triageConfiguration);
        values.put("trajectoryUpdate", care::trajectoryUpdate);
        values.put("plateauAnswers", () -> MonitorFixture.plateauAnswers(region, municipality));
        return values;
    }

    /** What identifies this region's data: no answer to the other region may contain any of it. */
    List<String> markers() {
        List<String> markers = new java.util.ArrayList<>(List.of(marker, signal, otherSignal, residenceSignal, link,
                caseCode, enrichedSignal, handoverSignal, handover, spoedSignal, notification, caseId, track, meeting,
                care.careQuestion(), care.trajectory(), care.placement()));
        markers.addAll(enforcement.markers());
        return markers;
    }

    static Map<String, Object> signalBody(String municipality, String description, Instant observedAt,
            Map<String, Object> address) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("municipalityCode", municipality);
        body.put("forms", List.of("ARBEID"));
        body.put("sourceType", "PROFESSIONAL");
        body.put("reporter", Map.of("contact", "systeemtest@matrix.example"));
        body.put("description", description);
        body.put("observedAt", observedAt.toString());
        if (address != null) {
            body.put("location", address);
        }
        return body;
    }

    static String url(String path) {
        return RunningPlatform.gatewayUrl() + path;
    }

    static String created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
