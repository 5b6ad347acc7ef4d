package nl.mensenhandel.systemtest.fuzz;

import java.util.List;
import java.util.Map;

/**
 * One generated request, ready to send. {@code kind} is valid, boundary or malformed; {@code mutation} names
 * what was broken (for the report); {@code body} is null for requests without one.
 */
record FuzzRequest(Operation operation, String kind, String mutation, String path, List<Map.Entry<String, String>> query,
        Map<String, String> headers, String body, Callers.Caller caller, boolean viaGateway) {

    String describe() {
        String shownBody = body == null ? "" : " body=" + (body.length() > 300 ? body.substring(0, 300) + "…("
                + body.length() + " chars)" : body);
        String shownPath = path.length() > 200 ? path.substring(0, 200) + "…" : path;
        return operation.method() + " " + shownPath + " query=" + abbreviate(query.toString()) + " headers="
                + abbreviate(headers.toString()) + " caller=" + caller.label() + "/" + caller.user()
                + (viaGateway ? " via gateway" : " direct") + shownBody;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
