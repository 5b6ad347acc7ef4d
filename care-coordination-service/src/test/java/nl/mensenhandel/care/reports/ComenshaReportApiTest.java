package nl.mensenhandel.care.reports;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.platform.testing.ProblemAssertions.invalidParameter;
import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.care.placements.Destination;
import nl.mensenhandel.care.placements.Placement;
import nl.mensenhandel.care.placements.PlacementStatus;
import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.care.trajectories.ExploitationForm;
import nl.mensenhandel.care.trajectories.Gender;
import nl.mensenhandel.care.trajectories.ResidenceStatus;
import nl.mensenhandel.care.trajectories.ResponsibleMunicipality;
import nl.mensenhandel.care.trajectories.TrajectoryLookup;
import nl.mensenhandel.care.trajectories.TrajectoryStatus;
import nl.mensenhandel.care.trajectories.VictimProfile;
import nl.mensenhandel.care.trajectories.Zorgtraject;
import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;
import reactor.core.publisher.Flux;

/**
 * The CoMensha report through the service: the JSON and CSV dumps hold no name and no birth date of the fixture
 * victim, only a pseudonym that is stable across calls and differs between trajectories and regions; placements of
 * the period, one CSV line each; the zorgcoördinator only; {@code to} before {@code from} is 400 naming {@code to};
 * the export is in the access log with its purpose.
 */
class ComenshaReportApiTest extends ApiTestSupport {

    static final String REGION = "ijsselland";
    static final String OTHER_REGION = "rotterdam";
    static final String PATH = "/api/care/reports/comensha?from=2026-01-01&to=2026-03-31";
    static final String CSV_PATH = "/api/care/reports/comensha/csv?from=2026-01-01&to=2026-03-31";
    static final String PLACED = "a1b2c3d4-0000-4000-8000-000000000001";
    static final String WAITING = "a1b2c3d4-0000-4000-8000-000000000002";
    /** The fixture victim: an adult woman, NL, NEDERLANDER, BRP in the home municipality, form SEKSUEEL. */
    static final String NAME = "Johanna Fixture-Slachtoffer";
    static final LocalDate BIRTH_DATE = LocalDate.of(1998, 7, 14);

    @MockitoBean
    TrajectoryLookup trajectories;

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeEach
    void fixture() {
        given(trajectories.openDuring(anyString(), any(), any())).willAnswer(call -> Flux.just(
                trajectory(call.getArgument(0), PLACED, Instant.parse("2026-01-10T08:00:00Z")),
                trajectory(call.getArgument(0), WAITING, Instant.parse("2026-02-20T08:00:00Z"))));
        mongo.remove(new Query(), Placement.class).block();
        mongo.insert(placement(PLACED, PlacementType.NOODBED, "2026-01-10T09:00:00Z", "2026-01-14T09:00:00Z",
                Destination.VERVOLGPLAATSING)).block();
        mongo.insert(placement(PLACED, PlacementType.SPECIALISTISCHE_OPVANG, "2026-01-14T10:00:00Z", null, null))
                .block();
        mongo.insert(placement(PLACED, PlacementType.REGULIERE_OPVANG, "2026-05-01T10:00:00Z", null, null)).block();
    }

    @Test
    void jsonHasPseudonymsAgeGroupsAndPlacementsButNoNameOrBirthDate() {
        byte[] content = as(REGION, "zorgcoordinator").get().uri(PATH).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.region").isEqualTo(REGION)
                .jsonPath("$.from").isEqualTo("2026-01-01")
                .jsonPath("$.to").isEqualTo("2026-03-31")
                .jsonPath("$.victims.length()").isEqualTo(2)
                .jsonPath("$.victims[0].pseudonym").value(p -> assertThat((String) p).matches("CM-[0-9a-f]{12}"))
                .jsonPath("$.victims[0].gender").isEqualTo("VROUW")
                .jsonPath("$.victims[0].ageGroup").isEqualTo("24-29")
                .jsonPath("$.victims[0].nationality").isEqualTo("NL")
                .jsonPath("$.victims[0].residenceStatus").isEqualTo("NEDERLANDER")
                .jsonPath("$.victims[0].exploitationForms[0]").isEqualTo("SEKSUEEL")
                .jsonPath("$.victims[0].responsibleMunicipalityCode").isEqualTo("GM0193")
                .jsonPath("$.victims[0].trajectoryStatus").isEqualTo("ACTIEF")
                .jsonPath("$.victims[0].placements.length()").isEqualTo(2)
                .jsonPath("$.victims[0].placements[0].placementType").isEqualTo("NOODBED")
                .jsonPath("$.victims[0].placements[0].destination").isEqualTo("VERVOLGPLAATSING")
                .jsonPath("$.victims[0].placements[1].placementType").isEqualTo("SPECIALISTISCHE_OPVANG")
                .jsonPath("$.victims[1].placements.length()").isEqualTo(0)
                .returnResult().getResponseBodyContent();
        String json = new String(content, java.nio.charset.StandardCharsets.UTF_8);

        assertThat(json).contains("\"pseudonym\":\"CM-");
        assertNothingIdentifying(json);
        assertThat(json).doesNotContain(PLACED).doesNotContain(WAITING).doesNotContain("REGULIERE_OPVANG");
    }

    @Test
    void csvHasTheHeaderAndOneLinePerPlacementOrVictimWithoutOneButNoNameOrBirthDate() {
        String csv = as(REGION, "zorgcoordinator").get().uri(CSV_PATH).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectBody(String.class).returnResult().getResponseBody();

        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("pseudonym,gender,ageGroup,nationality,residenceStatus,exploitationForms,"
                + "responsibleMunicipalityCode,trajectoryStatus,openedAt,placementType,placementStatus,startedAt,"
                + "endedAt,destination");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).matches("CM-[0-9a-f]{12},VROUW,24-29,NL,NEDERLANDER,SEKSUEEL,GM0193,ACTIEF,"
                + "2026-01-10T08:00:00Z,NOODBED,BEEINDIGD,2026-01-10T09:00:00Z,2026-01-14T09:00:00Z,VERVOLGPLAATSING");
        assertThat(lines[3]).endsWith(",ACTIEF,2026-02-20T08:00:00Z,,,,,");
        assertNothingIdentifying(csv);
    }

    @Test
    void pseudonymIsStableAcrossCallsAndFormatsAndDiffersBetweenTrajectoriesAndRegions() {
        List<String> first = pseudonyms(REGION);
        List<String> again = pseudonyms(REGION);
        List<String> otherRegion = pseudonyms(OTHER_REGION);
        String csv = body(REGION, CSV_PATH);

        assertThat(again).isEqualTo(first);
        assertThat(first.get(0)).isNotEqualTo(first.get(1));
        assertThat(Set.copyOf(otherRegion)).doesNotContainAnyElementsOf(first);
        assertThat(csv).contains(first.get(0)).contains(first.get(1));
    }

    @Test
    void exportIsInTheAccessLogWithItsPurpose() {
        as(REGION, "zorgcoordinator").get().uri(PATH).exchange().expectStatus().isOk();

        List<Document> entries = mongo.find(new Query(Criteria.where("resourceType").is("comensha-report")),
                Document.class, "access_log").collectList().block();
        assertThat(entries).isNotEmpty();
        assertThat(entries.getLast().getString("purpose")).contains("CoMensha");
        assertThat(entries.getLast().getString("action")).isEqualTo("EXPORT");
    }

    @Test
    void onlyTheZorgcoordinatorExports() {
        for (String role : List.of("aandachtsfunctionaris", "casustafel", "beleidsregisseur", "regio-beheerder",
                "handhaver", "monitor-lezer")) {
            forbidden(as(REGION, role).get().uri(PATH).exchange());
            forbidden(as(REGION, role).get().uri(CSV_PATH).exchange());
        }
        forbidden(api.mutateWith(TestJwts.careProvider("care-provider-x", REGION, "x", "zorgaanbieder"))
                .get().uri(PATH).exchange());
        unauthenticated(http.get().uri(PATH).exchange());
    }

    @Test
    void toBeforeFromAnswers400NamingTo() {
        invalidParameter(as(REGION, "zorgcoordinator").get()
                .uri("/api/care/reports/comensha?from=2026-03-01&to=2026-02-28").exchange(), "to");
        invalidParameter(as(REGION, "zorgcoordinator").get()
                .uri("/api/care/reports/comensha/csv?from=2026-03-01&to=2026-02-28").exchange(), "to");
        invalidParameter(as(REGION, "zorgcoordinator").get()
                .uri("/api/care/reports/comensha?from=2026-03-01&to=gisteren").exchange(), "to");
    }

    private static void assertNothingIdentifying(String dump) {
        assertThat(dump).doesNotContain(NAME).doesNotContain("Johanna").doesNotContain("Fixture-Slachtoffer")
                .doesNotContain(BIRTH_DATE.toString()).doesNotContain("14-07-1998").doesNotContain("1998");
    }

    @SuppressWarnings("unchecked")
    private List<String> pseudonyms(String region) {
        Map<String, Object> report = as(region, "zorgcoordinator").get().uri(PATH).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) report.get("victims")).stream().map(v -> (String) v.get("pseudonym"))
                .toList();
    }

    private String body(String region, String path) {
        return as(region, "zorgcoordinator").get().uri(path).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private WebTestClient as(String region, String role) {
        return api.mutateWith(TestJwts.user(role + ".test", region, List.of(), role));
    }

    static Zorgtraject trajectory(String region, String id, Instant openedAt) {
        VictimProfile victim = new VictimProfile(NAME, BIRTH_DATE, Gender.VROUW, "NL", ResidenceStatus.NEDERLANDER,
                Set.of(ExploitationForm.SEKSUEEL), "GM0193", "GM0193", null);
        return new Zorgtraject(id, region, "ZT-2026-0001", null, TrajectoryStatus.ACTIEF, List.of(), victim,
                new ResponsibleMunicipality("GM0193", ResponsibleMunicipality.Basis.BRP, null), List.of(),
                "bel " + NAME, LocalDate.of(2026, 4, 1), List.of("GM0193"), openedAt, "zc.ijsselland", openedAt, 1);
    }

    static Placement placement(String trajectoryId, PlacementType type, String started, String ended,
            Destination destination) {
        Instant start = Instant.parse(started);
        Instant end = ended == null ? null : Instant.parse(ended);
        return new Placement(java.util.UUID.randomUUID().toString(), REGION, trajectoryId, type, "provider-x",
                "location-x", end == null ? PlacementStatus.GEPLAATST : PlacementStatus.BEEINDIGD, List.of(), null,
                "GM0193", null, null, "informatie over " + NAME, Gender.VROUW, 27, null, null, null, start, null, end,
                destination, null, null, start.minusSeconds(600), 3, List.of());
    }
}
