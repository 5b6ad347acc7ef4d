package nl.mensenhandel.systemtest.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Requests for one operation, generated from its contract: valid (anywhere inside the schema), boundary (on
 * its limits) and malformed (one valid request broken in one place: a body field, the whole body, a path
 * id, a query parameter, a header or the content type).
 */
final class RequestArbitraries {

    private static final String OVERSIZE_300K = "O".repeat(300_000);
    private static final String OVERSIZE_3M = "O".repeat(3_000_000);

    private final SchemaValues values;

    RequestArbitraries(Pools pools) {
        this.values = new SchemaValues(pools);
    }

    /** A change that breaks a valid request, named for the report. */
    record Mutation(String label, Consumer<Draft> apply) {
    }

    Arbitrary<FuzzRequest> requestsFor(Operation op) {
        Arbitrary<String> kind = Arbitraries.frequencyOf(Tuple.of(33, Arbitraries.just("valid")),
                Tuple.of(12, Arbitraries.just("boundary")), Tuple.of(55, Arbitraries.just("malformed")));
        Arbitrary<Boolean> viaGateway = Arbitraries.frequencyOf(Tuple.of(op.isPublic() ? 4 : 12, Arbitraries.just(true)),
                Tuple.of(op.isPublic() ? 96 : 88, Arbitraries.just(false)));
        Arbitrary<Draft> valid = draft(op, false);
        Arbitrary<Draft> edge = draft(op, true);
        Arbitrary<Mutation> mutations = mutations(op);
        Arbitrary<Callers.Caller> callers = Callers.of(op);
        return kind.flatMap(k -> Combinators.combine("boundary".equals(k) ? edge : valid,
                "malformed".equals(k) ? mutations : Arbitraries.just(new Mutation(k, d -> { })), callers, viaGateway)
                .as((draft, mutation, caller, gateway) -> {
                    mutation.apply().accept(draft);
                    String body = draft.serializedBody();
                    if (body != null) {
                        draft.headers.putIfAbsent("Content-Type", "application/json");
                    }
                    return new FuzzRequest(op, k, mutation.label(), draft.path(op.pathTemplate()),
                            List.copyOf(draft.query), Map.copyOf(draft.headers), body, caller, gateway);
                }));
    }

    private Arbitrary<Draft> draft(Operation op, boolean edge) {
        List<Arbitrary<Optional<Map.Entry<String, String>>>> path = params(op.in("path"), edge);
        List<Arbitrary<Optional<Map.Entry<String, String>>>> query = params(op.in("query"), edge);
        List<Arbitrary<Optional<Map.Entry<String, String>>>> headers = params(op.in("header"), edge);
        Arbitrary<Object> body = op.body() == null ? Arbitraries.just(null)
                : edge ? values.boundary(op.body(), "body", true) : values.valid(op.body(), "body", true);
        return Combinators.combine(all(path), all(query), all(headers), body).as((p, q, h, b) -> {
            Draft draft = new Draft();
            p.forEach(e -> e.ifPresent(entry -> draft.pathParams.put(entry.getKey(), entry.getValue())));
            q.forEach(e -> e.ifPresent(draft.query::add));
            h.forEach(e -> e.ifPresent(entry -> draft.headers.put(entry.getKey(), entry.getValue())));
            draft.body = Draft.copy(b);
            return draft;
        });
    }

    private static <T> Arbitrary<List<T>> all(List<Arbitrary<T>> parts) {
        return parts.isEmpty() ? Arbitraries.create(List::of) : Combinators.combine(parts).as(List::copyOf);
    }

    private List<Arbitrary<Optional<Map.Entry<String, String>>>> params(List<Parameter> params, boolean edge) {
        List<Arbitrary<Optional<Map.Entry<String, String>>>> result = new ArrayList<>();
        for (Parameter p : params) {
            Arbitrary<String> value = "Idempotency-Key".equalsIgnoreCase(p.getName()) ? idempotencyKey()
                    : (edge ? values.boundary(p.getSchema(), p.getName(), false)
                            : values.valid(p.getSchema(), p.getName(), false)).map(RequestArbitraries::text);
            Arbitrary<Map.Entry<String, String>> entry = value.map(v -> Map.entry(p.getName(), v));
            result.add(Boolean.TRUE.equals(p.getRequired()) ? entry.map(Optional::of) : entry.optional(0.4));
        }
        return result;
    }

    private static String text(Object value) {
        return value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
    }

    private static Arbitrary<String> idempotencyKey() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.randomValue(r -> "fuzz-" + Long.toHexString(r.nextLong()))),
                Tuple.of(2, Arbitraries.of("fuzz-reused-1", "fuzz-reused-2")));
    }

    private Arbitrary<Mutation> mutations(Operation op) {
        List<Tuple.Tuple2<Integer, Arbitrary<Mutation>>> choices = new ArrayList<>();
        if (op.body() != null) {
            choices.add(Tuple.of(30, bodyField()));
            choices.add(Tuple.of(6, missingRequired(op.body())));
            choices.add(Tuple.of(6, extraField()));
            choices.add(Tuple.of(8, wholeBody()));
            choices.add(Tuple.of(3, oversize()));
            choices.add(Tuple.of(3, contentType()));
        }
        if (!op.in("path").isEmpty()) {
            choices.add(Tuple.of(20, pathParam(op.in("path"))));
        }
        if (!op.in("query").isEmpty()) {
            choices.add(Tuple.of(20, queryParam(op.in("query"))));
        }
        if (!op.in("header").isEmpty()) {
            choices.add(Tuple.of(4, header(op.in("header"))));
        }
        choices.add(Tuple.of(6, unknownQuery()));
        return Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
    }

    private static Arbitrary<Mutation> bodyField() {
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), Hostile.value()).as((pick, hostile) ->
                new Mutation("body-field " + hostile.label(), d -> {
                    var paths = d.bodyPaths();
                    if (paths.isEmpty()) {
                        d.body = Hostile.object("x", hostile.value());
                    } else {
                        d.set(paths.get(pick % paths.size()), hostile.value());
                    }
                }));
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Mutation> missingRequired(Schema<?> body) {
        List<String> required = body.getRequired() == null ? List.of() : body.getRequired();
        if (required.isEmpty()) {
            return Arbitraries.just(new Mutation("body missing-all", d -> d.body = Hostile.object()));
        }
        return Arbitraries.of(required).map(name -> new Mutation("body missing-required",
                d -> ((Map<String, Object>) d.body).remove(name)));
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Mutation> extraField() {
        Arbitrary<String> names = Arbitraries.of("region", "municipalities", "organisation", "provider", "createdBy",
                "id", "status", "$where", "__proto__", "constructor", "", "x".repeat(500), "ünïcødé");
        return Combinators.combine(names, Hostile.value()).as((name, hostile) -> new Mutation("body extra-field",
                d -> {
                    if (d.body instanceof Map<?, ?> map) {
                        ((Map<String, Object>) map).put(name, hostile.value());
                    }
                }));
    }

    private static Arbitrary<Mutation> wholeBody() {
        return Arbitraries.of(
                raw("empty", ""), raw("null", "null"), raw("array", "[]"), raw("truncated", "{\"a\":"),
                raw("open-brace", "{"), raw("string", "\"text\""), raw("number", "42"), raw("xml", "<signal/>"),
                raw("duplicate-keys", "{\"municipalityCode\":\"GM0193\",\"municipalityCode\":\"GM0599\"}"),
                raw("bom", "\uFEFF{}"), raw("trailing-garbage", "{}x"), raw("comment", "/* hi */ {}"),
                raw("single-quotes", "{'a':'b'}"), raw("nesting-array-50k", "[".repeat(50_000) + "]".repeat(50_000)),
                raw("nesting-object-20k", "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)),
                raw("operator-body", "{\"$where\":\"sleep(1000)\",\"$ne\":null}"));
    }

    private static Mutation raw(String label, String body) {
        return new Mutation("whole-body " + label, d -> d.rawBody = body);
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Mutation> oversize() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(OVERSIZE_300K)), Tuple.of(1, Arbitraries.just(OVERSIZE_3M)))
                .map(big -> new Mutation("oversize-body " + (big.length() / 1000) + "k", d -> {
                    if (d.body instanceof Map<?, ?> map) {
                        ((Map<String, Object>) map).put("description", big);
                    } else {
                        d.rawBody = "\"" + big + "\"";
                    }
                }));
    }

    private static Arbitrary<Mutation> contentType() {
        return Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "application/json; charset=ISO-8859-1", "multipart/form-data; boundary=x", "application/json-patch+json")
                .map(type -> new Mutation("content-type " + type.split(";")[0], d -> d.headers.put("Content-Type", type)));
    }

    private static Arbitrary<Mutation> pathParam(List<Parameter> params) {
        Arbitrary<Tuple.Tuple3<String, String, Boolean>> bad = Arbitraries.of(
                Tuple.of("not-uuid", "not-a-uuid", false), Tuple.of("number", "12345", false),
                Tuple.of("nil-uuid", "00000000-0000-0000-0000-000000000000", false), Tuple.of("null", "null", false),
                Tuple.of("operator", "{\"$ne\":null}", false), Tuple.of("dollar", "$ne", false),
                Tuple.of("unicode", "ünïcødé-𝕄", false), Tuple.of("emoji", "🚨", false),
                Tuple.of("long", "a".repeat(2000), false), Tuple.of("nul", "\u0000", false),
                Tuple.of("dot-dot", "..", true), Tuple.of("encoded-dot-dot", "%2e%2e", true),
                Tuple.of("encoded-slash", "a%2Fb", true), Tuple.of("space", " ", false),
                Tuple.of("uuid-uppercase", "5B0C0B5E-8C0E-4D5E-9A4E-111111111111", false),
                Tuple.of("uuid-braces", "{5b0c0b5e-8c0e-4d5e-9a4e-111111111111}", false),
                Tuple.of("lowercase-code", "fuzz_a", false), Tuple.of("one-letter", "A", false),
                Tuple.of("code-too-long", "X".repeat(41), false), Tuple.of("code-dash", "FUZZ-1", false));
        return Combinators.combine(Arbitraries.of(params), bad).as((param, b) -> new Mutation("path " + b.get1(), d -> {
            d.pathParams.put(param.getName(), b.get2());
            if (b.get3()) {
                d.rawPathParams.add(param.getName());
            }
        }));
    }

    private static Arbitrary<Mutation> queryParam(List<Parameter> params) {
        Arbitrary<Tuple.Tuple2<String, String>> bad = Arbitraries.of(
                Tuple.of("negative", "-1"), Tuple.of("too-big", "100001"), Tuple.of("int-overflow", "2147483648"),
                Tuple.of("word", "abc"), Tuple.of("fraction", "1.5"), Tuple.of("empty", ""), Tuple.of("hex", "0x10"),
                Tuple.of("exponent", "1e3"), Tuple.of("zero", "0"), Tuple.of("bad-enum", "FLUISTERAAR"),
                Tuple.of("lowercase-enum", "spoed"), Tuple.of("bad-date", "2026-13-45T25:61:00Z"),
                Tuple.of("date-no-zone", "2026-11-01T10:00:00"), Tuple.of("date-word", "gisteren"),
                Tuple.of("date-far-future", "+999999999-12-31T23:59:59Z"),
                Tuple.of("date-far-past", "-999999999-01-01T00:00:00Z"),
                Tuple.of("bad-boolean", "yes"), Tuple.of("operator", "{\"$ne\":null}"),
                Tuple.of("unicode", "ＧＭ０４７９"), Tuple.of("long", "Z".repeat(1500)),
                Tuple.of("injection", "'; DROP TABLE signals;--"));
        return Combinators.combine(Arbitraries.of(params), bad, Arbitraries.of(true, false)).as((param, b, twice) ->
                new Mutation("query " + b.get1(), d -> {
                    d.query.removeIf(e -> e.getKey().equals(param.getName()));
                    d.query.add(Map.entry(param.getName(), b.get2()));
                    if (twice) {
                        d.query.add(Map.entry(param.getName(), b.get2()));
                    }
                }));
    }

    private static Arbitrary<Mutation> unknownQuery() {
        return Arbitraries.of(Map.entry("region", "kennemerland"), Map.entry("municipalities", "GM0397"),
                Map.entry("status[$ne]", "x"), Map.entry("$where", "1"), Map.entry("provider", "humanitas-rotterdam"),
                Map.entry("page[$gt]", "0"))
                .map(e -> new Mutation("query unknown-param", d -> d.query.add(e)));
    }

    private static Arbitrary<Mutation> header(List<Parameter> params) {
        return Combinators.combine(Arbitraries.of(params), Arbitraries.of("", "k".repeat(201), "k".repeat(5000), "   "))
                .as((param, value) -> new Mutation("header " + param.getName() + (value.isBlank() ? " blank"
                        : " length-" + value.length()), d -> d.headers.put(param.getName(), value)));
    }
}
