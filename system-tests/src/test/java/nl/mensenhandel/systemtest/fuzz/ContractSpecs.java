package nl.mensenhandel.systemtest.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.atlassian.oai.validator.OpenApiInteractionValidator;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The service contracts in {@code api-specs/}, read as operations to fuzz and as one response validator per
 * contract.
 *
 * <p>swagger-request-validator 2.44 checks schema types only for OpenAPI 3.0 documents: given our 3.1
 * documents it silently accepts {@code "unique": "x"} for an integer (measured). Our contracts use no 3.1-only
 * construct, so they are copied into a temporary folder as 3.0.3 and read from there; a contract that starts
 * to use one ({@code type} as a list other than {@code [X, 'null']}, which is translated, {@code const}, {@code prefixItems}, {@code $defs}) fails this suite with
 * a message instead of being checked less strictly than it reads.
 */
final class ContractSpecs {

    private static final Pattern VERSION = Pattern.compile("(?m)^openapi:\\s*3\\.1\\.\\d+\\s*$");
    private static final Pattern ONLY_IN_31 = Pattern.compile(
            "(?m)^\\s*(type:\\s*\\[|const:|prefixItems:|\\$defs:|unevaluatedProperties:|jsonSchemaDialect:)");

    /** {@code type: [X, 'null']} (3.1) is {@code type: X} with {@code nullable: true} in 3.0.3: the same schema. */
    private static final Pattern NULLABLE_TYPE = Pattern.compile(
            "(?m)^([ \\t]*)type:\\s*\\[\\s*'?(\\w+)'?\\s*,\\s*'?null'?\\s*\\]\\s*$");

    /**
     * {@code contentEncoding: base64} (3.1, JSON Schema) is {@code format: byte} in 3.0.3: a base64 string (the
     * validator's 3.0 parser refuses the 3.1 keyword).
     */
    private static final Pattern BASE64_CONTENT = Pattern.compile("(?m)^([ \\t]*)contentEncoding:\\s*base64\\s*$");

    private final List<Operation> operations;
    private final Map<String, OpenApiInteractionValidator> validators;

    private ContractSpecs(List<Operation> operations, Map<String, OpenApiInteractionValidator> validators) {
        this.operations = operations;
        this.validators = validators;
    }

    private static boolean isContract(Path yaml) {
        try {
            return Files.readString(yaml).lines().anyMatch(line -> line.startsWith("openapi:"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ContractSpecs load(Path specDir) {
        try {
            Path copy = Files.createTempDirectory("contract-fuzz-specs");
            List<Path> specs;
            try (Stream<Path> files = Files.list(specDir)) {
                // contracts only: access-matrix.yaml (the need-to-know table) lives beside them
                specs = files.filter(p -> p.toString().endsWith(".yaml")).filter(ContractSpecs::isContract).sorted()
                        .toList();
            }
            for (Path spec : specs) {
                String text = NULLABLE_TYPE.matcher(Files.readString(spec)).replaceAll("$1type: $2\n$1nullable: true");
                text = BASE64_CONTENT.matcher(text).replaceAll("$1format: byte");
                var only31 = ONLY_IN_31.matcher(text);
                if (only31.find()) {
                    throw new IllegalStateException(spec.getFileName() + " uses an OpenAPI 3.1-only construct ("
                            + only31.group(1).trim() + "); teach ContractSpecs to check it before fuzzing it");
                }
                Files.writeString(copy.resolve(spec.getFileName()), VERSION.matcher(text).replaceFirst("openapi: 3.0.3"));
            }
            List<Operation> operations = new ArrayList<>();
            Map<String, OpenApiInteractionValidator> validators = new LinkedHashMap<>();
            for (Path spec : specs) {
                Path converted = copy.resolve(spec.getFileName());
                OpenAPI api = parse(converted);
                if (api.getPaths() == null || api.getPaths().isEmpty()) {
                    continue; // common.yaml: components only
                }
                String contract = spec.getFileName().toString().replace(".yaml", "");
                validators.put(contract, OpenApiInteractionValidator
                        .createForSpecificationUrl(converted.toUri().toString()).build());
                api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
                        operations.add(operation(contract, path, method, item, op))));
            }
            return new ContractSpecs(List.copyOf(operations), validators);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OpenAPI parse(Path spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(spec.toUri().toString(), null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalStateException("Cannot read " + spec + ": " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    private static Operation operation(String contract, String path, PathItem.HttpMethod method, PathItem item,
            io.swagger.v3.oas.models.Operation op) {
        var parameters = new ArrayList<io.swagger.v3.oas.models.parameters.Parameter>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (op.getParameters() != null) {
            parameters.addAll(op.getParameters());
        }
        Schema<?> body = null;
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            MediaType json = op.getRequestBody().getContent().get("application/json");
            body = json != null ? json.getSchema() : null;
        }
        boolean isPublic = op.getSecurity() != null && op.getSecurity().stream().allMatch(Map::isEmpty);
        List<String> statuses = op.getResponses() == null ? List.of() : List.copyOf(op.getResponses().keySet());
        return new Operation(contract, op.getOperationId(), method.name(), path, List.copyOf(parameters), body,
                isPublic, statuses);
    }

    List<Operation> operations() {
        return operations;
    }

    OpenApiInteractionValidator validator(String contract) {
        return validators.get(contract);
    }
}
