package nl.mensenhandel.systemtest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Rule (issue 6 §1): every operation of every contract declares its need-to-know in
 * {@code api-specs/access-matrix.yaml}, so a new endpoint fails the build until it has a row. A plain unit
 * test (surefire): it runs in every {@code ./mvnw verify}, also with {@code -DskipSystemTests}.
 */
class AccessMatrixCoverageTest {

    private static final Path SPECS = Contracts.specsFolder();

    @Test
    void everyOperationOfEveryContractHasAWellFormedRowAndEveryRowNamesAnOperation() {
        Map<String, Contracts.Operation> operations = Contracts.operations(SPECS);
        AccessMatrix matrix = AccessMatrix.load(AccessMatrix.file(SPECS));

        List<String> problems = matrix.problems(operations);

        assertThat(problems).withFailMessage(() -> problems.size() + " problem(s) in api-specs/access-matrix.yaml against"
                + " the contracts (every operation must declare its need-to-know):\n" + String.join("\n", problems))
                .isEmpty();
    }

    @Test
    void theContractsAreFoundAtAll() {
        // guards the rule above against passing vacuously (wrong folder, parser reading nothing)
        Map<String, Contracts.Operation> operations = Contracts.operations(SPECS);
        assertThat(operations).containsKeys("createSignal", "getSignal", "listCases", "listPlacements",
                "listInspections", "listMunicipalities");
        assertThat(operations.get("getSignal").pathParameters()).containsExactly("signalId");
        assertThat(operations.get("reportAnonymously").isPublic()).isTrue();
        assertThat(operations.get("createSignal").isPublic()).isFalse();
    }

    @Test
    void aMissingRowIsNamedWithWhatToAdd() {
        Map<String, Contracts.Operation> operations = new java.util.TreeMap<>(Contracts.operations(SPECS));
        operations.put("listDataSubjectRequests", new Contracts.Operation("privacy-service", "listDataSubjectRequests", "GET",
                "/api/access-log/{subjectId}", false));
        AccessMatrix matrix = AccessMatrix.load(AccessMatrix.file(SPECS));

        List<String> problems = matrix.problems(operations);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).contains("listDataSubjectRequests", "GET /api/access-log/{subjectId}",
                "privacy-service.yaml", "contract: privacy-service", "params: {subjectId: ", "deny: 403",
                "noToken: 401");
    }

    @Test
    void aRowNamingNoOperationIsReported() {
        Map<String, Contracts.Operation> operations = new java.util.TreeMap<>(Contracts.operations(SPECS));
        operations.remove("listCases");
        AccessMatrix matrix = AccessMatrix.load(AccessMatrix.file(SPECS));

        assertThat(matrix.problems(operations)).singleElement().asString().contains("row listCases", "names no operation");
    }
}
