package nl.mensenhandel.care.trajectories;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.jayway.jsonpath.JsonPath;

import nl.mensenhandel.platform.testing.TestJwts;

/** The calls and bodies the trajectory API tests share. */
final class TrajectoryTestCalls {

    static final String PATH = "/api/care/trajectories";
    static final String REGION = "ijsselland";
    static final JwtMutator ZC = TestJwts.user("zc.ijsselland", REGION, List.of(), "zorgcoordinator");
    static final JwtMutator ZC_ROTTERDAM = TestJwts.user("zc.rotterdam", "rotterdam", List.of(), "zorgcoordinator");
    static final JwtMutator AF_ZWOLLE = TestJwts.user("af.zwolle", REGION, List.of("GM0193"), "aandachtsfunctionaris");
    static final JwtMutator AF_DEVENTER = TestJwts.user("af.deventer", REGION, List.of("GM0150"),
            "aandachtsfunctionaris");
    static final JwtMutator TABLE = TestJwts.user("casustafel.ijsselland", REGION, List.of(), "casustafel");
    static final JwtMutator TRIAGE = TestJwts.serviceAccount("triage-service");

    private final WebTestClient api;

    TrajectoryTestCalls(WebTestClient api) {
        this.api = api;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    static Map<String, Object> victim(String name, String brp, String found) {
        Map<String, Object> victim = new HashMap<>();
        victim.put("displayName", name);
        victim.put("birthDate", "2001-04-12");
        victim.put("gender", "VROUW");
        victim.put("nationality", "RO");
        victim.put("residenceStatus", "EU_BURGER");
        victim.put("exploitationForms", List.of("SEKSUEEL"));
        if (brp != null) {
            victim.put("brpMunicipalityCode", brp);
        }
        if (found != null) {
            victim.put("foundMunicipalityCode", found);
        }
        return victim;
    }

    static List<Map<String, Object>> needs(String taskDescription, LocalDate due) {
        Map<String, Object> task = new HashMap<>();
        task.put("description", taskDescription);
        task.put("assignee", "Huisartsenpraktijk");
        task.put("dueDate", due.toString());
        return List.of(Map.of("type", "MEDISCH", "status", "OPEN", "tasks", List.of(task)),
                Map.of("type", "OPVANG", "status", "IN_UITVOERING"));
    }

    static Map<String, Object> newTrajectory(String name, String brp) {
        Map<String, Object> body = new HashMap<>();
        body.put("victim", victim(name, brp, "GM0150"));
        body.put("needs", needs("Afspraak huisarts voor " + name, today().plusDays(7)));
        body.put("nextAction", "Bellen met " + name + " over de intake");
        body.put("nextActionDate", today().plusDays(2).toString());
        return body;
    }

    WebTestClient.ResponseSpec open(JwtMutator who, Object body, String key) {
        return api.mutateWith(who).post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", key).bodyValue(body).exchange();
    }

    String opened(Map<String, Object> body) {
        return id(open(ZC, body, "k-" + UUID.randomUUID()).expectStatus().isCreated());
    }

    WebTestClient.ResponseSpec get(JwtMutator who, String id) {
        return api.mutateWith(who).get().uri(PATH + "/" + id).exchange();
    }

    WebTestClient.ResponseSpec list(JwtMutator who, String query) {
        return api.mutateWith(who).get().uri(PATH + query).exchange();
    }

    WebTestClient.ResponseSpec update(JwtMutator who, String id, Object body) {
        return api.mutateWith(who).put().uri(PATH + "/" + id).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    WebTestClient.ResponseSpec status(JwtMutator who, String id, String status, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        if (reason != null) {
            body.put("reason", reason);
        }
        return api.mutateWith(who).post().uri(PATH + "/" + id + "/status-changes")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec responsible(JwtMutator who, String id, Map<String, Object> body) {
        return api.mutateWith(who).put().uri(PATH + "/" + id + "/responsible-municipality")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** A table's care request, received from triage-service: opens a trajectory (origin TAFEL). */
    WebTestClient.ResponseSpec receiveCareRequest(String caseId, List<String> municipalities, String key) {
        Map<String, Object> body = new HashMap<>();
        body.put("region", REGION);
        body.put("caseId", caseId);
        body.put("caseReference", "IJ-2026-0042");
        body.put("trackId", UUID.nameUUIDFromBytes(key.getBytes()).toString());
        body.put("trackType", "ZORGTRAJECT");
        body.put("municipalityCodes", municipalities);
        body.put("regiehouderOrganisation", "Zorg- en Veiligheidshuis IJsselland");
        body.put("careNeed", "Opvang en medische zorg");
        body.put("dueDate", today().plusDays(14).toString());
        body.put("urgent", false);
        return api.mutateWith(TRIAGE).post().uri("/api/care/requests").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", key).bodyValue(body).exchange();
    }

    static String id(WebTestClient.ResponseSpec response) {
        return read(response, "$.id");
    }

    static <T> T read(WebTestClient.ResponseSpec response, String path) {
        byte[] body = response.expectBody().returnResult().getResponseBody();
        return JsonPath.read(new String(body), path);
    }

    static String json(WebTestClient.ResponseSpec response) {
        return new String(response.expectBody().returnResult().getResponseBody());
    }
}
