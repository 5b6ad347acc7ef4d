package nl.mensenhandel.systemtest.security;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The operations of every OpenAPI contract in {@code api-specs/} (the files with an {@code openapi} key;
 * {@code access-matrix.yaml} and {@code common.yaml}'s lack of paths are skipped naturally).
 */
public final class Contracts {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** One operation: its contract (file name without .yaml), method, path template and whether it needs a token. */
    public record Operation(String contract, String operationId, String method, String path, boolean isPublic) {

        public List<String> pathParameters() {
            List<String> names = new ArrayList<>();
            Matcher m = PATH_PARAMETER.matcher(path);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }

    private Contracts() {
    }

    /** The api-specs folder of this checkout (system property platform.root, else the parent of the module). */
    public static Path specsFolder() {
        return Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize().resolve("api-specs");
    }

    /** Every operation of every contract, by operationId (sorted). Fails on a duplicate operationId. */
    public static Map<String, Operation> operations(Path specs) {
        Map<String, Operation> operations = new TreeMap<>();
        try (Stream<Path> files = Files.list(specs)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Map<String, Object> spec = load(file);
                if (!spec.containsKey("openapi")) {
                    continue;
                }
                String contract = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                boolean securedByDefault = spec.get("security") instanceof List<?> l && !l.isEmpty();
                Map<String, Object> paths = map(spec.get("paths"));
                for (var path : paths.entrySet()) {
                    for (var entry : map(path.getValue()).entrySet()) {
                        if (!METHODS.contains(entry.getKey())) {
                            continue;
                        }
                        Map<String, Object> op = map(entry.getValue());
                        String id = (String) op.get("operationId");
                        if (id == null) {
                            throw new IllegalStateException(contract + ": " + entry.getKey().toUpperCase() + " "
                                    + path.getKey() + " has no operationId");
                        }
                        boolean isPublic = op.containsKey("security")
                                ? op.get("security") instanceof List<?> l && l.isEmpty()
                                : !securedByDefault;
                        Operation previous = operations.put(id, new Operation(contract, id,
                                entry.getKey().toUpperCase(), path.getKey(), isPublic));
                        if (previous != null) {
                            throw new IllegalStateException("operationId " + id + " appears in " + previous.contract()
                                    + " and " + contract);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return operations;
    }

    static Map<String, Object> load(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return loaded == null ? Map.of() : map(loaded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }
}
