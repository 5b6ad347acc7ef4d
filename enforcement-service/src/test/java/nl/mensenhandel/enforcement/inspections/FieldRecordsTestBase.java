package nl.mensenhandel.enforcement.inspections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

import nl.mensenhandel.enforcement.attachments.StoredAttachment;
import nl.mensenhandel.enforcement.designations.Designation;
import nl.mensenhandel.enforcement.designations.Mandate;
import nl.mensenhandel.enforcement.findings.InspectionFinding;
import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/** Embedded store with the handhaver of Zaanstad designated; bodies as the field tool sends them. */
public abstract class FieldRecordsTestBase extends ApiTestSupport {

    public static final String REGION = "zaanstreek-waterland";
    public static final String ZAANSTAD = "GM0479";
    public static final String PURMEREND = "GM0439";
    public static final String HANDHAVER = "handhaver.test";
    public static final String INSPECTIONS = "/api/enforcement/inspections";

    @Autowired
    protected ReactiveMongoTemplate mongo;


    @BeforeEach
    void cleanStoreAndDesignate() {
        for (Class<?> type : List.of(Inspection.class, InspectionFinding.class, StoredAttachment.class,
                Designation.class, Mandate.class)) {
            mongo.remove(new Query(), type).block();
        }
        mongo.insert(new Designation(Designation.idOf(ZAANSTAD, HANDHAVER), REGION, ZAANSTAD, HANDHAVER, "BURGEMEESTER",
                null, "AWB-1", LocalDate.of(2024, 1, 1), null, Instant.now(), "beheer")).block();
    }

    protected static JwtMutator handhaver(String... municipalities) {
        return TestJwts.user(HANDHAVER, REGION, List.of(municipalities.length == 0 ? new String[] {ZAANSTAD}
                : municipalities), "handhaver");
    }

    protected static JwtMutator caller(String username, String region, String role, String... municipalities) {
        return TestJwts.user(username, region, List.of(municipalities), role);
    }

    protected static Map<String, Object> newInspection(UUID id) {
        return new java.util.LinkedHashMap<>(Map.of(
                "id", id.toString(),
                "municipalityCode", ZAANSTAD,
                "inspectionType", "HUISVESTING",
                "origin", "AD_HOC",
                "address", Map.of("street", "Matrixstraat", "houseNumber", "12", "postcode", "1500 AA", "city", "Zaandam"),
                "organisations", List.of("GEMEENTE", "POLITIE_AVIM"),
                "startedAt", "2026-03-10T09:00:00+01:00",
                "status", "UITGEVOERD"));
    }

    protected static Map<String, Object> newFinding(UUID id, int persons, double area) {
        return new java.util.LinkedHashMap<>(Map.of(
                "id", id.toString(),
                "observedAt", "2026-03-10T09:30:00Z",
                "personsPresent", persons,
                "personsRegisteredInBrp", 2,
                "usableFloorAreaM2", area));
    }

    protected UUID createInspection() {
        UUID id = UUID.randomUUID();
        api.mutateWith(handhaver()).post().uri(INSPECTIONS).bodyValue(newInspection(id)).exchange()
                .expectStatus().isCreated();
        return id;
    }
}
