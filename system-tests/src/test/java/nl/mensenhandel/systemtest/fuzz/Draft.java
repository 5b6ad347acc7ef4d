package nl.mensenhandel.systemtest.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/** A request being assembled: generated valid first, then possibly broken by one mutation. */
final class Draft {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final Map<String, String> pathParams = new LinkedHashMap<>();
    /** Path parameters sent exactly as they are (e.g. {@code ..}), not percent-encoded. */
    final Set<String> rawPathParams = new HashSet<>();
    final List<Map.Entry<String, String>> query = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    Object body;
    /** When set, sent instead of {@link #body}: not JSON, or JSON no mapper would write. */
    String rawBody;

    /** Every place in the body a value can be put: object fields and array elements, nested. */
    List<List<Object>> bodyPaths() {
        List<List<Object>> paths = new ArrayList<>();
        collect(body, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(Object node, List<Object> at, List<List<Object>> paths) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                List<Object> path = new ArrayList<>(at);
                path.add(key);
                paths.add(path);
                collect(value, path, paths);
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                List<Object> path = new ArrayList<>(at);
                path.add(i);
                paths.add(path);
                collect(list.get(i), path, paths);
            }
        }
    }

    @SuppressWarnings("unchecked")
    void set(List<Object> path, Object value) {
        Object parent = body;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof Integer index ? ((List<Object>) parent).get(index) : ((Map<String, Object>) parent).get(step);
        }
        Object last = path.getLast();
        if (last instanceof Integer index) {
            ((List<Object>) parent).set(index, value);
        } else {
            ((Map<String, Object>) parent).put((String) last, value);
        }
    }

    String path(String template) {
        String path = template;
        for (var param : pathParams.entrySet()) {
            String value = rawPathParams.contains(param.getKey()) ? param.getValue()
                    : URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8).replace("+", "%20");
            path = path.replace("{" + param.getKey() + "}", value);
        }
        return path;
    }

    String serializedBody() {
        if (rawBody != null) {
            return rawBody;
        }
        return body == null ? null : JSON.writeValueAsString(body);
    }

    /** A deep copy of a generated tree, so that a mutation never changes a value jqwik may hand out again. */
    static Object copy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, copy(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return node;
    }
}
