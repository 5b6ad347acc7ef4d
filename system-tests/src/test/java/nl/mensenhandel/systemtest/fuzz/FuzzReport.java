package nl.mensenhandel.systemtest.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** What the fuzz run sent and what came back, counted per operation, status class, kind and mutation. */
final class FuzzReport {

    private static final int KEPT_FAILURES = 40;

    private final Map<String, Map<String, LongAdder>> perOperation = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> perStatusClass = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> perKind = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> perMutation = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> perCaller = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> failuresPerRule = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong tested = new AtomicLong();
    private final AtomicLong viaGateway = new AtomicLong();
    private final AtomicLong gatewayRateLimited = new AtomicLong();
    private final AtomicLong failureCount = new AtomicLong();
    private final AtomicLong acceptedInvalid = new AtomicLong();
    private final List<String> acceptedInvalidExamples = Collections.synchronizedList(new ArrayList<>());

    void tested(FuzzRequest request, int status) {
        tested.incrementAndGet();
        if (request.viaGateway()) {
            viaGateway.incrementAndGet();
        }
        String statusClass = (status / 100) + "xx";
        count(perStatusClass, statusClass);
        count(perOperation.computeIfAbsent(request.operation().operationId(), k -> new ConcurrentHashMap<>()),
                String.valueOf(status));
        count(perKind, request.kind());
        count(perMutation, request.mutation());
        count(perCaller, request.caller().label());
    }

    /** A 429 of the gateway's own rate limit: the request never reached the service, so it is not counted as tested. */
    void gatewayRateLimited() {
        gatewayRateLimited.incrementAndGet();
    }

    void failure(String rule, FuzzRequest request, int status, String detail) {
        failureCount.incrementAndGet();
        count(failuresPerRule, rule);
        if (failures.size() < KEPT_FAILURES) {
            failures.add("[" + rule + "] " + request.operation().operationId() + " " + request.mutation() + " -> "
                    + status + ": " + abbreviate(detail, 600) + "\n      request: " + request.describe());
        }
    }

    /** A 2xx for a request the contract says is invalid: reported, as the service accepted what it promised to refuse. */
    void acceptedInvalid(FuzzRequest request, int status, String why) {
        acceptedInvalid.incrementAndGet();
        if (acceptedInvalidExamples.size() < 15) {
            acceptedInvalidExamples.add(request.operation().operationId() + " " + request.mutation() + " -> " + status
                    + ": " + abbreviate(why, 300));
        }
    }

    long tested() {
        return tested.get();
    }

    long failures() {
        return failureCount.get();
    }

    long fiveHundreds() {
        return perStatusClass.getOrDefault("5xx", new LongAdder()).sum();
    }

    String render(long millis) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n=== contract fuzzing: %d requests tested in %.1f s (%d through the gateway, %d direct)"
                + "; %d more answered 429 by the gateway's rate limit (not counted) ===%n", tested.get(), millis / 1000.0,
                viaGateway.get(), tested.get() - viaGateway.get(), gatewayRateLimited.get()));
        out.append("per status class: ").append(sorted(perStatusClass)).append('\n');
        out.append("per kind: ").append(sorted(perKind)).append('\n');
        out.append("per caller: ").append(sorted(perCaller)).append('\n');
        out.append("per operation (status: count):\n");
        new TreeMap<>(perOperation).forEach((op, statuses) -> out.append(String.format("  %-26s %6d  %s%n", op,
                statuses.values().stream().mapToLong(LongAdder::sum).sum(), sorted(statuses))));
        out.append("per mutation:\n");
        new TreeMap<>(perMutation).forEach((m, n) -> out.append(String.format("  %-45s %6d%n", m, n.sum())));
        out.append(String.format("contract-invalid requests answered 2xx: %d%n", acceptedInvalid.get()));
        acceptedInvalidExamples.forEach(e -> out.append("  ").append(e).append('\n'));
        out.append(String.format("failures: %d %s%n", failureCount.get(), sorted(failuresPerRule)));
        failures.forEach(f -> out.append("  ").append(f).append('\n'));
        return out.toString();
    }

    private static void count(Map<String, LongAdder> counts, String key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private static Map<String, Long> sorted(Map<String, LongAdder> counts) {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((k, v) -> sorted.put(k, v.sum()));
        return sorted;
    }

    private static String abbreviate(String s, int max) {
        return s == null ? "" : s.length() > max ? s.substring(0, max) + "…" : s;
    }
}
