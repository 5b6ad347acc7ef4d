package nl.mensenhandel.systemtest;

import static nl.mensenhandel.systemtest.Api.get;
import static nl.mensenhandel.systemtest.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/**
 * The steps of the triage system tests (issue 8), through the gateway with real tokens: signals to weigh,
 * casussen, meetings, decisions and what each caller reads back — and the receivers of the tables' commands
 * (care coordination, enforcement). Each step asserts its own answer, so a test reads as the procedure it follows.
 */
final class Triage {

    /** The dates the tables reason in (due dates). */
    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    /** How long a test waits for the dispatcher: it delivers at once when the receiver is up (poll interval 5 s). */
    static final Duration DELIVERY = Duration.ofSeconds(60);

    private Triage() {
    }

    static String url(String path) {
        return RunningPlatform.gatewayUrl() + path;
    }

    static String dueDate(int daysAhead) {
        return LocalDate.now(DUTCH_TIME).plusDays(daysAhead).toString();
    }

    /**
     * Rotterdam's way of weighing, as its regio-beheerder configures it ("van signaal naar casuïstiek"): no table,
     * the AF decides the track, with ESSM advice where needed. Put first by the tests that rely on it, since the
     * contract fuzzer may store another configuration for Rotterdam.
     */
    static JsonNode rotterdamAfDecides() {
        var put = Api.put(url("/api/triage/configuration"), "beheer.rotterdam", Map.of("tables", List.of(),
                "steps", List.of(), "afDecidesWithoutTable", true, "escalateAfterDays", 14));
        assertThat(put.status()).as("beheer.rotterdam configures Rotterdam: " + put.body()).isEqualTo(200);
        return put.json();
    }

    /** A PROFESSIONAL signal reported by {@code reporter} about {@code municipality}; its id. */
    static String signal(String reporter, String municipality, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("municipalityCode", municipality);
        body.put("forms", List.of("ARBEID"));
        body.put("sourceType", "PROFESSIONAL");
        body.put("reporter", Map.of("contact", "systeemtest-triage@" + municipality.toLowerCase() + ".example"));
        body.put("description", description);
        body.put("observedAt", Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS).toString());
        var created = post(url("/api/signals"), reporter, body, "triage-signal-" + UUID.randomUUID());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    /** The AF takes the signal up (IN_VERRIJKING), from where it may go to the table. */
    static void takeUp(String af, String signalId) {
        var taken = post(url("/api/signals/" + signalId + "/transitions"), af,
                Map.of("to", "IN_VERRIJKING", "reason", "Systeemtest: navragen"), null);
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
    }

    /** The AF opens a casus directly (openCase); the casus as answered (201). */
    static JsonNode openCase(String af, List<String> signalIds, List<String> municipalities, String summary,
            Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("signalIds", signalIds);
        body.put("municipalityCodes", municipalities);
        body.put("summary", summary);
        body.putAll(extra);
        var opened = post(url("/api/cases"), af, body, "triage-case-" + UUID.randomUUID());
        assertThat(opened.status()).as(af + " opens a casus: " + opened.body()).isEqualTo(201);
        return opened.json();
    }

    /** A meeting of the table, an hour from now; the meeting as answered (201). */
    static JsonNode schedule(String user, String tableId, String form) {
        var scheduled = post(url("/api/triage/meetings"), user, Map.of("tableId", tableId, "form", form,
                "scheduledAt", Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString()),
                "triage-meeting-" + UUID.randomUUID());
        assertThat(scheduled.status()).as(user + " schedules a meeting of " + tableId + ": " + scheduled.body())
                .isEqualTo(201);
        return scheduled.json();
    }

    static JsonNode meeting(String user, String meetingId) {
        var meeting = get(url("/api/triage/meetings/" + meetingId), user);
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(200);
        return meeting.json();
    }

    /** The agenda item of the casus in the meeting, or null. */
    static JsonNode agendaItem(JsonNode meeting, String caseId) {
        for (JsonNode item : meeting.path("agenda")) {
            if (caseId.equals(item.path("caseId").asString())) {
                return item;
            }
        }
        return null;
    }

    /** Records a decision (a fresh Idempotency-Key); the raw answer, for the test to check. */
    static Api.Response decide(String user, String caseId, Map<String, Object> decision) {
        return post(url("/api/cases/" + caseId + "/decisions"), user, decision, "triage-decision-" + UUID.randomUUID());
    }

    /** A decision as a map, without tracks or next step (the caller adds one of them). */
    static Map<String, Object> decision(String form, String meetingId, List<String> participants, String rationale) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (meetingId != null) {
            body.put("meetingId", meetingId);
        }
        body.put("form", form);
        body.put("participants", participants);
        body.put("rationale", rationale);
        body.put("legalBasis", "Convenant Zorg- en Veiligheidshuis, art. 6");
        return body;
    }

    /** A track to open, with its details (and a due date two weeks ahead). */
    static Map<String, Object> track(String type, String regiehouderKind, String organisation, String details) {
        Map<String, Object> track = new LinkedHashMap<>();
        track.put("type", type);
        track.put("regiehouder", Map.of("kind", regiehouderKind, "organisation", organisation));
        track.put("dueDate", dueDate(14));
        if (details != null) {
            track.put("details", details);
        }
        return track;
    }

    /** getCase as {@code user}: the casus detail (200). */
    static JsonNode caseAs(String user, String caseId) {
        var detail = get(url("/api/cases/" + caseId), user);
        assertThat(detail.status()).as(user + " reads casus " + caseId + ": " + detail.body()).isEqualTo(200);
        return detail.json();
    }

    /** The raw getCase answer, for need-to-know checks on the whole text. */
    static Api.Response rawCase(String user, String caseId) {
        return get(url("/api/cases/" + caseId), user);
    }

    /** The (first) track of that type in a casus detail; fails when there is none. */
    static JsonNode trackOf(JsonNode detail, String type) {
        for (JsonNode track : detail.path("tracks")) {
            if (type.equals(track.path("type").asString())) {
                return track;
            }
        }
        throw new AssertionError("no " + type + " track in " + detail);
    }

    /** The casus with this reference in the caller's list (listCases), or null. */
    static JsonNode listedCase(String user, String reference) {
        var cases = get(url("/api/cases?size=100"), user);
        assertThat(cases.status()).as(cases.body()).isEqualTo(200);
        for (JsonNode casus : cases.json().path("items")) {
            if (reference.equals(casus.path("reference").asString(""))) {
                return casus;
            }
        }
        return null;
    }

    /** The care requests about the casus in the zorgcoordinator's list (listCareRequests, newest first). */
    static List<JsonNode> careRequests(String user, String caseId) {
        return requestsAbout("/api/care/requests", user, caseId);
    }

    /** The inspection requests about the casus in the caller's list (listInspectionRequests, newest first). */
    static List<JsonNode> inspectionRequests(String user, String caseId) {
        return requestsAbout("/api/enforcement/inspection-requests", user, caseId);
    }

    private static List<JsonNode> requestsAbout(String path, String user, String caseId) {
        List<JsonNode> found = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            var list = get(url(path + "?size=100&page=" + page), user);
            assertThat(list.status()).as(user + " " + path + ": " + list.body()).isEqualTo(200);
            for (JsonNode item : list.json().path("items")) {
                if (caseId.equals(item.path("caseId").asString())) {
                    found.add(item);
                }
            }
            if (page + 1 >= list.json().path("page").path("totalPages").asInt(0)) {
                break;
            }
        }
        return found;
    }

    /** Polls (bounded) until {@code probe} answers non-null; fails naming {@code what}. */
    static <T> T await(String what, Duration atMost, Supplier<T> probe) {
        Instant deadline = Instant.now().plus(atMost);
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + atMost.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }
}
