package nl.mensenhandel.systemtest.fuzz;

import java.util.List;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/** One operation of a contract, with its parameters and request body schema resolved. */
record Operation(String contract, String operationId, String method, String pathTemplate,
        List<Parameter> parameters, Schema<?> body, boolean isPublic, List<String> declaredStatuses) {

    List<Parameter> in(String location) {
        return parameters.stream().filter(p -> location.equals(p.getIn())).toList();
    }

    @Override
    public String toString() {
        return operationId;
    }
}
