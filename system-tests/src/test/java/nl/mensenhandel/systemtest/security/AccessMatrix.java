package nl.mensenhandel.systemtest.security;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.mensenhandel.systemtest.security.Contracts.Operation;

/**
 * {@code api-specs/access-matrix.yaml}: per contract operation, who may call it within which scope, and
 * what everyone else gets. The file's header explains the format; this class reads it and checks that it
 * is complete and uses only the words the suite understands.
 */
public final class AccessMatrix {

    /** Every realm role (deploy/keycloak); a role added there is added here and gets demo users in both regions. */
    public static final List<String> ROLES = List.of("melder", "aandachtsfunctionaris", "casustafel",
            "zorgcoordinator", "zorgaanbieder", "handhaver", "beleidsregisseur", "monitor-lezer", "regio-beheerder",
            "privacy-officer");
    public static final String EVERY_ROLE = "*";
    /**
     * Not a realm role: the service accounts of the platform's own services (client credentials, recognised by
     * client id). No demo user holds it, so every role of both regions gets the row's {@code deny}.
     */
    public static final String SERVICE_ACCOUNT = "service-account";
    public static final Set<String> SCOPES = Set.of("region", "municipalities", "exploitation-municipality",
            "provider", "own-reports", "own-questions", "inspection-team", "table-inspections", "any-municipality", "handover-party", "public", "own-inbox",
            "care-tracks", "inspection-tracks", "service-to-service");
    public static final Set<String> OTHER_REGION = Set.of("404", "not-listed", "own-region", "routed", "own-reports",
            "public", "service");
    /** The fixtures {@code AccessMatrixIT} creates per region; a path parameter names one of them. */
    public static final Set<String> FIXTURES = Set.of("signal", "otherSignal", "residenceSignal", "link", "configCode",
            "handoverSignal", "handover",
            "auditedService", "anonymousIntakeMunicipality", "notification", "case", "track", "meeting",
            "careQuestion", "trajectory", "placement", "provider", "providerLocation", "providerPlacementType", "costYear",
            "inspection", "attachment", "homeMunicipality", "mandateMunicipality", "handhaverUsername", "measure",
            "decidedMeasure", "remedy", "spoedMeasure", "permitApplication");

    /** One row of the matrix. {@code deny}/{@code outsideScope} are null where the row has none. */
    public record Row(String operationId, String contract, Map<String, String> allow, Integer deny,
            Integer outsideScope, String otherRegion, String noToken, Map<String, String> params,
            Map<String, String> query, Map<String, String> headers, Object body, List<Integer> success) {

        public boolean allows(String role) {
            return allow.containsKey(EVERY_ROLE) || allow.containsKey(role);
        }

        public boolean isPublic() {
            return "public".equals(noToken);
        }

        public boolean hidesOtherRegionWith404() {
            return "404".equals(otherRegion);
        }
    }

    /**
     * The contracts whose rows walk one fixture through its lifecycle (care coordination: a placement is decided,
     * then its intake, then its departure reported): their rows run in file order, after all others.
     */
    static final Set<String> LIFECYCLE_CONTRACTS = Set.of("care-coordination-service", "enforcement-service");

    private final Map<String, Row> rows;
    private final List<String> fileOrder;
    private final List<String> malformed;

    private AccessMatrix(Map<String, Row> rows, List<String> fileOrder, List<String> malformed) {
        this.rows = rows;
        this.fileOrder = fileOrder;
        this.malformed = malformed;
    }

    public static Path file(Path specs) {
        return specs.resolve("access-matrix.yaml");
    }

    public static AccessMatrix load(Path file) {
        Map<String, Row> rows = new TreeMap<>();
        List<String> malformed = new ArrayList<>();
        Map<String, Object> operations = Contracts.map(Contracts.load(file).get("operations"));
        for (var entry : operations.entrySet()) {
            String id = entry.getKey();
            try {
                Map<String, Object> row = Contracts.map(entry.getValue());
                Map<String, Object> request = Contracts.map(row.get("request"));
                rows.put(id, new Row(id, (String) row.get("contract"), strings(row.get("allow")),
                        (Integer) row.get("deny"), (Integer) row.get("outsideScope"),
                        row.get("otherRegion") == null ? null : String.valueOf(row.get("otherRegion")),
                        row.get("noToken") == null ? null : String.valueOf(row.get("noToken")),
                        strings(row.get("params")), strings(request.get("query")), strings(request.get("headers")),
                        request.get("body"), integers(row.get("success"))));
            } catch (ClassCastException e) {
                malformed.add(id + ": a value has the wrong type (" + e.getMessage() + ")");
            }
        }
        return new AccessMatrix(rows, List.copyOf(operations.keySet()), malformed);
    }

    public Map<String, Row> rows() {
        return rows;
    }

    /**
     * The order the suite calls the rows in: by operationId (as it always has), except the rows of the
     * {@link #LIFECYCLE_CONTRACTS}, which follow after them in the order the file lists them.
     */
    public List<Row> inRunOrder() {
        List<Row> ordered = new ArrayList<>();
        rows.values().stream().filter(row -> !LIFECYCLE_CONTRACTS.contains(row.contract())).forEach(ordered::add);
        fileOrder.stream().map(rows::get).filter(row -> row != null && LIFECYCLE_CONTRACTS.contains(row.contract()))
                .forEach(ordered::add);
        return ordered;
    }

    public Row row(String operationId) {
        return rows.get(operationId);
    }

    /**
     * Everything wrong between the contracts and the matrix, each naming exactly what to add or change. Empty
     * when every operation has a well-formed row and every row names an operation.
     */
    public List<String> problems(Map<String, Operation> operations) {
        List<String> problems = new ArrayList<>(malformed);
        for (Operation op : operations.values()) {
            if (!rows.containsKey(op.operationId())) {
                problems.add("operation " + op.operationId() + " (" + op.method() + " " + op.path() + " in "
                        + op.contract() + ".yaml) has no row in api-specs/access-matrix.yaml. Add under operations:\n"
                        + skeleton(op));
            }
        }
        for (Row row : rows.values()) {
            Operation op = operations.get(row.operationId());
            if (op == null) {
                problems.add("row " + row.operationId() + " in api-specs/access-matrix.yaml names no operation of any"
                        + " contract: remove it or fix its operationId");
                continue;
            }
            problems.addAll(rowProblems(row, op));
        }
        return problems;
    }

    private static List<String> rowProblems(Row row, Operation op) {
        List<String> problems = new ArrayList<>();
        String at = "row " + row.operationId() + ": ";
        if (!op.contract().equals(row.contract())) {
            problems.add(at + "contract: " + op.contract() + " (not " + row.contract() + ")");
        }
        if (row.allow().isEmpty()) {
            problems.add(at + "allow names no role (an operation nobody may call does not belong in a contract)");
        }
        row.allow().forEach((role, scope) -> {
            if (!role.equals(EVERY_ROLE) && !role.equals(SERVICE_ACCOUNT) && !ROLES.contains(role)) {
                problems.add(at + "allow names unknown role " + role + " (roles: " + ROLES + ")");
            }
            if (!SCOPES.contains(scope)) {
                problems.add(at + "role " + role + " has unknown scope " + scope + " (scopes: " + SCOPES + ")");
            }
        });
        boolean everyone = row.allow().containsKey(EVERY_ROLE);
        if (!everyone && (row.deny() == null || !List.of(403, 404).contains(row.deny()))) {
            problems.add(at + "deny: 403 (or 404 where the service hides existence) — what every other role gets");
        }
        if (row.outsideScope() != null && row.outsideScope() != 404 && row.outsideScope() != 403) {
            problems.add(at + "outsideScope must be 403 or 404");
        }
        if (row.otherRegion() == null || !OTHER_REGION.contains(row.otherRegion())) {
            problems.add(at + "otherRegion: one of " + OTHER_REGION);
        }
        if (op.isPublic() != "public".equals(row.noToken())) {
            problems.add(at + "noToken: " + (op.isPublic() ? "public (the contract has security: [])" : "401"));
        } else if (!op.isPublic() && !"401".equals(row.noToken())) {
            problems.add(at + "noToken: 401");
        }
        if (op.isPublic() != "public".equals(row.allow().get(EVERY_ROLE))) {
            problems.add(at + (op.isPublic() ? "a public operation is allow: {'*': public}"
                    : "scope public only for operations with security: []"));
        }
        if (!row.params().keySet().equals(new java.util.HashSet<>(op.pathParameters()))) {
            problems.add(at + "params must name a fixture for exactly the path parameters " + op.pathParameters()
                    + " (fixtures: " + FIXTURES + "), has " + row.params().keySet());
        }
        row.params().forEach((param, fixture) -> {
            if (!FIXTURES.contains(fixture)) {
                problems.add(at + "parameter " + param + " names unknown fixture " + fixture + " (fixtures: " + FIXTURES
                        + "; a new one is created in AccessMatrixIT.RegionFixture)");
            }
        });
        // a step that can be taken once (a track transition, the OM's consent) answers the next allowed caller 409:
        // that still shows the caller was let through to the business rules, so 409 may stand beside a 2xx
        if (row.success().stream().noneMatch(AccessMatrix::isSuccess)
                || row.success().stream().anyMatch(s -> !isSuccess(s) && s != 409)) {
            problems.add(at + "success: the 2xx statuses an allowed caller gets, e.g. [200] (409 only beside a 2xx,"
                    + " for a step that can be taken once)");
        }
        return problems;
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status <= 299;
    }

    private static String skeleton(Operation op) {
        StringBuilder s = new StringBuilder();
        s.append("  ").append(op.operationId()).append(":\n");
        s.append("    contract: ").append(op.contract()).append('\n');
        s.append("    allow:\n");
        s.append(op.isPublic() ? "      '*': public\n" : "      <role>: <scope>   # scopes: " + SCOPES + "\n");
        if (!op.isPublic()) {
            s.append("    deny: 403\n");
        }
        if (!op.pathParameters().isEmpty()) {
            s.append("    outsideScope: 404   # if an allowed role sees only part of its region\n");
        }
        s.append("    otherRegion: ").append(op.isPublic() ? "public" : op.pathParameters().isEmpty()
                ? "not-listed" : "404").append('\n');
        s.append("    noToken: ").append(op.isPublic() ? "public" : "401").append('\n');
        if (!op.pathParameters().isEmpty()) {
            Map<String, String> params = new LinkedHashMap<>();
            op.pathParameters().forEach(p -> params.put(p, "<fixture: one of " + FIXTURES + ">"));
            s.append("    params: ").append(params.toString().replace("=", ": ")).append('\n');
        }
        if (!op.method().equals("GET")) {
            s.append("    request:\n      body: {<a valid body for an allowed caller>}\n");
        }
        s.append("    success: [").append(op.method().equals("POST") ? "201" : "200").append("]\n");
        return s.toString();
    }

    private static Map<String, String> strings(Object value) {
        Map<String, String> result = new LinkedHashMap<>();
        Contracts.map(value).forEach((k, v) -> result.put(k, String.valueOf(v)));
        return result;
    }

    private static List<Integer> integers(Object value) {
        List<Integer> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> result.add((Integer) v));
        }
        return result;
    }
}
