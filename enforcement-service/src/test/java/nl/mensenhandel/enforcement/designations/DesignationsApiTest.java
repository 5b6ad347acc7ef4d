package nl.mensenhandel.enforcement.designations;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.enforcement.inspections.FieldRecordsTestBase;

/** Designations and mandates: put creates or replaces by natural key, another region's municipality is 404. */
class DesignationsApiTest extends FieldRecordsTestBase {

    static final String BEHEER = "regio-beheerder";

    @Test
    void putCreatesOrReplacesAndTheListShowsIt() {
        var beheerder = caller("beheer", REGION, BEHEER);
        String path = "/api/enforcement/municipalities/" + PURMEREND + "/designations/inspecteur.x";
        Map<String, Object> body = Map.of("designatedBy", "BURGEMEESTER", "decisionReference", "AWB-9",
                "validFrom", "2024-01-01");
        api.mutateWith(beheerder).put().uri(path).bodyValue(body).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.username").isEqualTo("inspecteur.x");
        api.mutateWith(beheerder).put().uri(path).bodyValue(Map.of("designatedBy", "COLLEGE", "decisionReference",
                "AWB-10", "validFrom", "2025-01-01")).exchange().expectStatus().isOk();
        api.mutateWith(beheerder).put().uri("/api/enforcement/municipalities/" + PURMEREND + "/mandate")
                .bodyValue(Map.of("organisation", "Omgevingsdienst NZKG", "decisionReference", "M-1",
                        "validFrom", "2024-01-01", "tasks", List.of("TOEZICHT")))
                .exchange().expectStatus().isOk();
        api.mutateWith(beheerder).get().uri("/api/enforcement/designations").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.designations.length()").isEqualTo(2)
                .jsonPath("$.designations[?(@.username=='inspecteur.x')].decisionReference").isEqualTo("AWB-10")
                .jsonPath("$.mandates.length()").isEqualTo(1);
        // a handhaver sees the municipalities they serve only
        api.mutateWith(handhaver(ZAANSTAD)).get().uri("/api/enforcement/designations").exchange().expectStatus()
                .isOk().expectBody().jsonPath("$.designations.length()").isEqualTo(1)
                .jsonPath("$.mandates.length()").isEqualTo(0);
    }

    @Test
    void anotherRegionsMunicipalityIs404AndOtherRoles403() {
        api.mutateWith(caller("beheer", REGION, BEHEER)).put()
                .uri("/api/enforcement/municipalities/GM0193/designations/x")
                .bodyValue(Map.of("designatedBy", "BURGEMEESTER", "decisionReference", "A", "validFrom", "2024-01-01"))
                .exchange().expectStatus().isNotFound();
        forbidden(api.mutateWith(handhaver()).put().uri("/api/enforcement/municipalities/" + ZAANSTAD + "/mandate")
                .bodyValue(Map.of("organisation", "O", "decisionReference", "M", "validFrom", "2024-01-01",
                        "tasks", List.of("TOEZICHT")))
                .exchange());
        forbidden(api.mutateWith(caller("z", REGION, "zorgcoordinator")).get().uri("/api/enforcement/designations")
                .exchange());
    }
}
