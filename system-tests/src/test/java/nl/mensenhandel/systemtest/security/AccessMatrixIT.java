package nl.mensenhandel.systemtest.security;

import static nl.mensenhandel.systemtest.security.Callers.A;
import static nl.mensenhandel.systemtest.security.Callers.B;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.mensenhandel.systemtest.Api;
import nl.mensenhandel.systemtest.RunningPlatform;
import nl.mensenhandel.systemtest.security.AccessMatrix.Row;
import nl.mensenhandel.systemtest.security.Callers.Caller;
import nl.mensenhandel.systemtest.security.Contracts.Operation;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6 §1: the access matrix ({@code api-specs/access-matrix.yaml}) holds on the running platform.
 * Through the gateway with real Keycloak tokens, for two regions (A = zaanstreek-waterland, B =
 * kennemerland) x every role x every operation: allowed roles get the row's success, every other role the
 * row's deny status, no token 401; a resource of the other region answers 404; and no answer to a caller
 * of one region contains any of the other region's data. Then the attacks a client could try by hand:
 * another region's ids in paths and bodies, identity in headers, query parameters and bodies.
 *
 * <p>Violations are collected and reported together, so one run shows every deviation from the matrix.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixIT {

    private static final String PROBLEM = "urn:mensenhandel:problem:";
    /** The headers a client might forge to claim another identity (the gateway strips them; services ignore them). */
    private static final Map<String, String> FORGED_IDENTITY = Map.of("X-Region", A, "X-Tenant", A,
            "X-Municipalities", "GM0479", "X-Organisation", "Gemeente Zaanstad", "X-User", "af.zaanstad",
            "X-User-Id", "af.zaanstad", "X-Roles", "aandachtsfunctionaris,zorgcoordinator,beleidsregisseur",
            "X-Provider", "querido");

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static Map<String, Operation> operations;
    private static AccessMatrix matrix;
    private static Map<String, RegionFixture> fixtures;

    private final List<String> violations = new ArrayList<>();
    /** The URL and body of the last matrix request (what the caller named itself). */
    private String lastSent = "";

    @BeforeAll
    static void fixtures() {
        operations = Contracts.operations(Contracts.specsFolder());
        matrix = AccessMatrix.load(AccessMatrix.file(Contracts.specsFolder()));
        assertThat(matrix.problems(operations)).as("the matrix is complete (AccessMatrixCoverageTest)").isEmpty();
        Map<String, Object> address = sharedAddress();
        fixtures = Map.of(A, RegionFixture.create(A, RUN, address), B, RegionFixture.create(B, RUN, address));
    }

    // --- the matrix ---------------------------------------------------------------------------------

    @Test
    @Order(1)
    void everyRoleOfBothRegionsGetsWhatTheMatrixSaysForEveryOperation() {
        long started = System.nanoTime();
        int roleChecks = 0;
        int otherRegionChecks = 0;
        int outsideScopeChecks = 0;
        int noTokenChecks = 0;
        int serviceAccountChecks = 0;
        for (Row row : matrix.inRunOrder()) {
            Operation op = operations.get(row.operationId());
            for (String region : List.of(A, B)) {
                for (Caller caller : Callers.of(region)) {
                    Api.Response response = call(op, row, caller, fixtures.get(region), Map.of());
                    String what = row.operationId() + " by " + caller;
                    if (row.allows(caller.role())) {
                        expectSuccess(what, row, response);
                    } else {
                        expectProblem(what, response, row.deny());
                    }
                    expectNoDataOf(Callers.other(region), what, response, lastSent);
                    roleChecks++;
                }
            }
            for (Caller service : Callers.serviceAccountsFor(row.operationId())) {
                // the platform service the receiver lists, naming each region in the body in turn
                for (String region : List.of(A, B)) {
                    Api.Response response = call(op, row, service, fixtures.get(region), Map.of());
                    String what = row.operationId() + " by " + service + " for " + region;
                    expectSuccess(what, row, response);
                    expectNoDataOf(Callers.other(region), what, response, lastSent);
                    serviceAccountChecks++;
                }
            }
            if (row.hidesOtherRegionWith404()) {
                for (String region : List.of(A, B)) {
                    RegionFixture theirs = fixtures.get(Callers.other(region));
                    for (Caller caller : Callers.of(region)) {
                        if (!row.allows(caller.role())) {
                            continue;
                        }
                        // the path names the other region's resource; the body is the caller's own region's
                        Api.Response response = call(op, row, caller, fixtures.get(region), Map.of(), theirs);
                        String what = row.operationId() + " by " + caller + " on a resource of " + theirs.region();
                        expectProblem(what, response, 404);
                        expectNoDataOf(theirs.region(), what, response, lastSent);
                        otherRegionChecks++;
                    }
                }
            }
            if (row.outsideScope() != null) {
                Api.Response response = call(op, row, Callers.AF_OUTSIDE_SCOPE, fixtures.get(A), Map.of());
                expectProblem(row.operationId() + " by " + Callers.AF_OUTSIDE_SCOPE + " outside its municipalities",
                        response, row.outsideScope());
                outsideScopeChecks++;
            }
            Api.Response anonymous = call(op, row, null, fixtures.get(A), Map.of());
            if (row.isPublic()) {
                expectSuccess(row.operationId() + " without a token", row, anonymous);
            } else {
                expectProblem(row.operationId() + " without a token", anonymous, 401);
                if (anonymous.status() == 401) {
                    check(row.operationId() + " without a token: type unauthenticated",
                            text(anonymous, "type").equals(PROBLEM + "unauthenticated"), anonymous);
                }
            }
            noTokenChecks++;
        }
        int roles = AccessMatrix.ROLES.size();
        System.out.printf("[access-matrix] %d operations x %d roles x 2 regions = %d role checks; + %d another-region"
                        + " checks (404), %d outside-scope checks, %d no-token checks, %d service-account checks; every"
                        + " answer scanned for the other region's data; %d s%n", matrix.rows().size(), roles, roleChecks,
                otherRegionChecks, outsideScopeChecks, noTokenChecks, serviceAccountChecks,
                (System.nanoTime() - started) / 1_000_000_000L);

        assertThat(roleChecks).isEqualTo(matrix.rows().size() * roles * 2);
        assertThat(violations).withFailMessage(() -> violations.size() + " deviation(s) from"
                + " api-specs/access-matrix.yaml:\n" + String.join("\n", violations)).isEmpty();
    }

    // --- another region's resource, named in a path or a body --------------------------------------

    @Test
    @Order(2)
    void regionBFindsNoneOfRegionAsSignalsNotAsDuplicatesNorByLinkingOrRevoking() {
        RegionFixture a = fixtures.get(A);
        RegionFixture b = fixtures.get(B);
        String afB = Callers.role(B, "aandachtsfunctionaris").name();
        String afA = Callers.role(A, "aandachtsfunctionaris").name();

        // both regions' signals share one address: B's duplicate search finds B's own, never A's
        var candidates = Api.get(RegionFixture.url("/api/signals/" + b.signal() + "/duplicate-candidates"), afB);
        assertThat(candidates.status()).as(candidates.body()).isEqualTo(200);
        assertThat(candidates.json().findValuesAsString("signalId")).contains(b.otherSignal())
                .doesNotContain(a.signal(), a.otherSignal());
        expectNoDataOf(A, "duplicate candidates in B", candidates);

        // linking or merging A's signal into B's: A's signal is not found
        for (String kind : List.of("SAME_ADDRESS", "MERGE")) {
            var link = Api.post(RegionFixture.url("/api/signals/" + b.signal() + "/links"), afB,
                    Map.of("otherSignalId", a.signal(), "kind", kind, "reason", "Systeemtest aanval"), null);
            expectProblem(kind + " of A's signal into B's", link, 404);
            expectNoDataOf(A, kind + " of A's signal into B's", link, a.signal());
        }
        // revoking A's link through B's signal: not found, and A's link stays active
        var second = Api.post(RegionFixture.url("/api/signals/" + a.signal() + "/links"), afA,
                Map.of("otherSignalId", a.otherSignal(), "kind", "SAME_ADDRESS", "reason", "Systeemtest " + a.marker()), null);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        String linkA = second.json().get("id").asString();
        var revoke = Api.post(RegionFixture.url("/api/signals/" + b.signal() + "/links/" + linkA + "/revocation"), afB,
                Map.of("reason", "Systeemtest aanval"), null);
        expectProblem("revoking A's link through B's signal", revoke, 404);
        expectNoDataOf(A, "revoking A's link through B's signal", revoke, linkA);

        // A's signal is untouched: not merged, not linked to B, its link not revoked
        JsonNode signalA = Api.get(RegionFixture.url("/api/signals/" + a.signal()), afA).json();
        assertThat(signalA.has("mergedInto")).isFalse();
        assertThat(signalA.toString()).doesNotContain(b.signal());
        for (JsonNode link : signalA.path("links")) {
            if (linkA.equals(link.path("id").asString())) {
                assertThat(link.path("revokedAt").isMissingNode() || link.path("revokedAt").isNull())
                        .as("A's link revoked from B: " + link).isTrue();
            }
        }
        assertNoViolations();
    }

    // --- identity sent by the client: ignored or refused, never honoured ---------------------------

    @Test
    @Order(3)
    void identityInHeadersIsIgnoredThroughTheGatewayAndAtEveryService() {
        RegionFixture a = fixtures.get(A);
        Caller afB = Callers.role(B, "aandachtsfunctionaris");
        Caller melderB = Callers.role(B, "melder");
        Caller providerB = Callers.role(B, "zorgaanbieder");
        Caller regisseurB = Callers.role(B, "beleidsregisseur");
        String ownProvider = providerB.claim("provider");
        String otherProvider = Callers.role(A, "zorgaanbieder").claim("provider");
        assertThat(ownProvider).isNotBlank().isNotEqualTo(otherProvider);
        Map<String, String> forged = new LinkedHashMap<>(FORGED_IDENTITY);
        forged.put("X-Provider", otherProvider);

        for (String base : List.of(RunningPlatform.gatewayUrl(), "direct")) {
            String signals = base.equals("direct") ? "http://localhost:8081" : base;
            String care = base.equals("direct") ? "http://localhost:8083" : base;
            String monitor = base.equals("direct") ? "http://localhost:8085" : base;
            String via = base.equals("direct") ? " (service directly)" : " (gateway)";

            var read = Api.call("GET", signals + "/api/signals/" + a.signal(), afB.token().get(), null, forged);
            expectProblem("B's AF with A's identity headers reads A's signal" + via, read, 404);
            expectNoDataOf(A, "B's AF with forged headers" + via, read, a.signal());

            var list = Api.call("GET", signals + "/api/signals?size=100&sort=NEWEST", afB.token().get(), null, forged);
            check("B's AF with forged headers lists" + via + ": 200", list.status() == 200, list);
            expectNoDataOf(A, "B's AF work list with forged headers" + via, list);

            var melder = Api.call("GET", signals + "/api/signals", melderB.token().get(), null, forged);
            expectProblem("a melder with X-Roles: aandachtsfunctionaris" + via, melder, 403);

            var placements = Api.call("GET", care + "/api/care/placements?size=100", providerB.token().get(), null,
                    forged);
            check("provider with X-Provider of another" + via + ": 200", placements.status() == 200, placements);
            if (placements.status() == 200) {
                check("provider with X-Provider of another" + via + " sees only its own placements",
                        placements.json().path("items").findValuesAsString("providerId").stream()
                                .allMatch(ownProvider::equals), placements);
            }

            var municipalities = Api.call("GET", monitor + "/api/monitor/municipalities?size=100",
                    regisseurB.token().get(), null, forged);
            check("B's regisseur with X-Region of A" + via + ": 200, only B's municipalities",
                    municipalities.status() == 200 && !municipalities.body().contains("GM0479")
                            && municipalities.body().contains("GM0397"), municipalities);
        }
        assertNoViolations();
    }

    @Test
    @Order(4)
    void regionMunicipalityOrProviderInTheQueryIsIgnored() {
        RegionFixture a = fixtures.get(A);
        Caller afB = Callers.role(B, "aandachtsfunctionaris");
        Caller providerB = Callers.role(B, "zorgaanbieder");
        String otherProvider = Callers.role(A, "zorgaanbieder").claim("provider");

        var read = get("/api/signals/" + a.signal() + "?region=" + A + "&municipalityCode=GM0479", afB);
        expectProblem("B's AF reads A's signal with ?region=A", read, 404);
        expectNoDataOf(A, "B's AF reads A's signal with ?region=A", read, a.signal());

        var byRegion = get("/api/signals?size=100&sort=NEWEST&region=" + A + "&municipalities=GM0479", afB);
        check("B's AF lists with ?region=A: 200", byRegion.status() == 200, byRegion);
        expectNoDataOf(A, "B's AF lists with ?region=A", byRegion);

        // a municipality of another region as the work-list filter: an empty list, not A's work list
        var byMunicipality = get("/api/signals?size=100&municipalityCode=GM0479", afB);
        check("B's AF filters on A's municipality: 200 with nothing", byMunicipality.status() == 200
                && byMunicipality.json().path("page").path("totalElements").asLong(-1) == 0, byMunicipality);
        expectNoDataOf(A, "B's AF filters on A's municipality", byMunicipality);

        var placements = Api.call("GET", RunningPlatform.gatewayUrl() + "/api/care/placements?size=100&provider="
                + enc(otherProvider) + "&providerId=" + enc(otherProvider) + "&region=" + A, providerB.token().get(),
                null, Map.of());
        check("provider with ?provider= of another: 200", placements.status() == 200, placements);
        check("provider with ?provider= of another sees only its own",
                placements.json().path("items").findValuesAsString("providerId").stream()
                        .allMatch(providerB.claim("provider")::equals), placements);

        for (String path : List.of("/api/cases", "/api/enforcement/inspections", "/api/monitor/municipalities")) {
            var response = get(path + "?size=100&region=" + A + "&municipalityCode=GM0479",
                    Callers.role(B, "beleidsregisseur"));
            check(path + " with ?region=A by B's regisseur: 200", response.status() == 200, response);
            check(path + " with ?region=A by B's regisseur: only B's items",
                    response.json().path("items").findValuesAsString("region").stream().allMatch(B::equals), response);
        }
        assertNoViolations();
    }

    /**
     * Region and organisation are not fields of any request body: the contracts close every body
     * ({@code additionalProperties: false}), so sending them is refused with 400. A {@code municipalityCode} of
     * another region is the one deliberate crossing: intake routes the signal to that municipality's region
     * (DOMAIN.md §3) — and gives its reporter no access to it there (404), only status via reported-by-me.
     */
    @Test
    @Order(5)
    void regionInTheBodyIsRefusedAndAnotherRegionsMunicipalityNeverGrantsAccess() {
        RegionFixture a = fixtures.get(A);
        RegionFixture b = fixtures.get(B);
        String afB = Callers.role(B, "aandachtsfunctionaris").name();
        String afA = Callers.role(A, "aandachtsfunctionaris").name();
        String beheerB = Callers.role(B, "regio-beheerder").name();

        Map<String, Object> withRegion = RegionFixture.signalBody(b.municipality(), "Systeemtest aanval " + RUN,
                b.observedAt(), null);
        withRegion.put("region", A);
        expectProblem("createSignal with region in the body", Api.post(RegionFixture.url("/api/signals"), afB,
                withRegion, null), 400);
        Map<String, Object> withOrganisationRegion = RegionFixture.signalBody(b.municipality(),
                "Systeemtest aanval " + RUN, b.observedAt(), null);
        withOrganisationRegion.put("municipalities", List.of("GM0479"));
        expectProblem("createSignal with municipalities in the body", Api.post(RegionFixture.url("/api/signals"), afB,
                withOrganisationRegion, null), 400);

        expectProblem("transition with region in the body", Api.post(RegionFixture.url("/api/signals/" + b.signal()
                + "/transitions"), afB, Map.of("to", "AFGESLOTEN", "reason", "Systeemtest", "region", A), null), 400);
        expectProblem("enrichment with municipalityCode in the body", Api.post(RegionFixture.url("/api/signals/"
                + b.signal() + "/enrichments"), afB, Map.of("source", "BRP", "summary", "Systeemtest",
                "legalBasis", "Systeemtest", "municipalityCode", "GM0479"), null), 400);

        // the other region's category of the same code is untouched by B's regio-beheerder
        expectProblem("putCategory with region in the body", Api.put(RegionFixture.url("/api/signals/categories/"
                + RegionFixture.CONFIG_CODE), beheerB, Map.of("name", "Systeemtest aanval " + RUN, "form", "ARBEID",
                "region", A)), 400);
        var put = Api.put(RegionFixture.url("/api/signals/categories/" + RegionFixture.CONFIG_CODE), beheerB,
                Map.of("name", "Systeemtest aanval " + RUN, "form", "ARBEID"));
        check("B's regio-beheerder puts the code in B: 200", put.status() == 200, put);
        var categoriesA = Api.get(RegionFixture.url("/api/signals/categories"), afA);
        check("A's category of the same code keeps A's name", categoriesA.body().contains(
                "Systeemtest toegangsmatrix " + A) && !categoriesA.body().contains("Systeemtest aanval " + RUN),
                categoriesA);

        // a municipality of A: routed to A (by design), and B's AF, its reporter, cannot read it there
        String marker = "Systeemtest aanval gerouteerd " + RUN;
        var routed = Api.post(RegionFixture.url("/api/signals"), afB,
                RegionFixture.signalBody(a.municipality(), marker, b.observedAt(), null), null);
        check("createSignal by B's AF about A's municipality: 201 routed to A", routed.status() == 201
                && A.equals(text(routed, "region")), routed);
        if (routed.status() == 201) {
            String id = routed.json().get("id").asString();
            var readBack = Api.get(RegionFixture.url("/api/signals/" + id), afB);
            expectProblem("B's AF reads the signal it routed to A", readBack, 404);
            check("B's AF's 404 names nothing of it", !readBack.body().contains(marker), readBack);
            var inA = Api.get(RegionFixture.url("/api/signals/" + id), afA);
            check("A's AF reads the routed signal", inA.status() == 200 && inA.body().contains(marker), inA);
            var mine = Api.get(RegionFixture.url("/api/signals/reported-by-me?size=100"), afB);
            check("B's AF keeps status only via reported-by-me", mine.status() == 200 && mine.body().contains(id)
                    && !mine.body().contains(marker), mine);
        }
        assertNoViolations();
    }

    // --- helpers ------------------------------------------------------------------------------------

    private Api.Response call(Operation op, Row row, Caller caller, RegionFixture own, Map<String, String> headers) {
        return call(op, row, caller, own, headers, own);
    }

    /** The row's request as {@code caller}: path parameters from {@code pathFrom}, body and headers from {@code own}. */
    private Api.Response call(Operation op, Row row, Caller caller, RegionFixture own, Map<String, String> headers,
            RegionFixture pathFrom) {
        Map<String, String> placeholders = own.placeholders(RUN);
        String path = op.path();
        for (var param : row.params().entrySet()) {
            path = path.replace("{" + param.getKey() + "}", pathFrom.value(param.getValue()));
        }
        String query = row.query().entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(fill(e.getValue(),
                placeholders))).collect(Collectors.joining("&"));
        String url = RunningPlatform.gatewayUrl() + path + (query.isEmpty() ? "" : "?" + query);
        Map<String, String> allHeaders = new LinkedHashMap<>(headers);
        row.headers().forEach((k, v) -> allHeaders.put(k, fill(v, placeholders)));
        // a body of another media type (the monitor's partner-figures CSV) is sent as the filled text itself
        boolean json = allHeaders.getOrDefault("Content-Type", "application/json").contains("json");
        Object filled = row.body() == null ? null : fillAll(row.body(), placeholders, own.jsonPlaceholders());
        String body = filled == null ? null
                : !json && filled instanceof String text ? text : Api.JSON.writeValueAsString(filled);
        String token = caller == null ? null : caller.token().get();
        lastSent = url + " " + body;
        Api.Response response = Api.call(op.method(), url, token, body, allHeaders);
        // the tokenless routes are limited per client address, far more strictly: wait out a 429 as told
        for (int attempt = 0; row.isPublic() && response.status() == 429 && attempt < 10; attempt++) {
            String retryAfter = response.header("Retry-After");
            sleep(retryAfter != null && retryAfter.matches("\\d{1,2}") ? Integer.parseInt(retryAfter) : 1);
            response = Api.call(op.method(), url, token, body, allHeaders);
        }
        return response;
    }

    private void expectSuccess(String what, Row row, Api.Response response) {
        check(what + ": expected " + row.success(), row.success().contains(response.status()), response);
    }

    private void expectProblem(String what, Api.Response response, int status) {
        if (response.status() != status) {
            violations.add(what + ": expected " + status + ", got " + response.status() + " " + abbreviate(response.body()));
            return;
        }
        String type = response.header("Content-Type");
        check(what + ": a problem+json answer", type != null && type.startsWith("application/problem+json")
                && text(response, "type") != null && text(response, "type").startsWith(PROBLEM), response);
    }

    /**
     * None of the other region's markers (ids, case code, description text) in the answer — except the ones
     * the request itself named (a 404 may echo the id it was asked for: that tells the caller nothing new).
     */
    private void expectNoDataOf(String region, String what, Api.Response response, String... sent) {
        String body = response.body() == null ? "" : response.body();
        String request = String.join(" ", sent);
        for (String marker : fixtures.get(region).markers()) {
            if (body.contains(marker) && !request.contains(marker)) {
                violations.add(what + ": the answer contains " + region + "'s " + marker + ": " + abbreviate(body));
            }
        }
    }

    private void check(String what, boolean ok, Api.Response response) {
        if (!ok) {
            violations.add(what + " — got " + response.status() + " " + abbreviate(response.body()));
        }
    }

    private void assertNoViolations() {
        assertThat(violations).withFailMessage(() -> String.join("\n", violations)).isEmpty();
    }

    private static Api.Response get(String pathAndQuery, Caller caller) {
        return Api.call("GET", RunningPlatform.gatewayUrl() + pathAndQuery, caller.token().get(), null, Map.of());
    }

    private static String text(Api.Response response, String field) {
        try {
            JsonNode value = response.json().path(field);
            return value.isMissingNode() || value.isNull() ? null : value.asString();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** Fills a body: {@code "${name}"} alone is a JSON placeholder's whole value, any other string is text-filled. */
    @SuppressWarnings("unchecked")
    private static Object fillAll(Object value, Map<String, String> placeholders,
            Map<String, Supplier<Object>> json) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> filled = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> filled.put(k, fillAll(v, placeholders, json)));
            return filled;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> fillAll(v, placeholders, json)).toList();
        }
        if (value instanceof String s && s.startsWith("${") && s.endsWith("}")
                && json.containsKey(s.substring(2, s.length() - 1))) {
            return json.get(s.substring(2, s.length() - 1)).get();
        }
        return value instanceof String s ? fill(s, placeholders) : value;
    }

    private static String fill(String template, Map<String, String> placeholders) {
        String result = template;
        for (var p : placeholders.entrySet()) {
            result = result.replace("${" + p.getKey() + "}", p.getValue());
        }
        if (result.contains("${")) {
            throw new IllegalStateException("unknown placeholder in " + template + " (known: " + placeholders.keySet() + ")");
        }
        return result;
    }

    private static Map<String, Object> sharedAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("street", "Matrixstraat");
        address.put("houseNumber", Integer.toString(1 + random.nextInt(999)));
        address.put("postcode", (1000 + random.nextInt(9000)) + " " + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26)));
        address.put("city", "Systeemstad");
        return address;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static void sleep(int seconds) {
        try {
            Thread.sleep(1000L * Math.max(1, seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
