package nl.mensenhandel.signal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Calls the signal API as a demo user: the few requests the API tests repeat, in one place. */
public final class SignalApiClient {

    private final WebTestClient web;

    public SignalApiClient(WebTestClient web) {
        this.web = web;
    }

    /** A valid BURGER report about {@code municipality}; change parts with {@link #with}. */
    public static Map<String, Object> report(String municipality) {
        Map<String, Object> body = new HashMap<>();
        body.put("municipalityCode", municipality);
        body.put("forms", List.of("ARBEID"));
        body.put("sourceType", "BURGER");
        body.put("description", "Busjes met arbeiders, vroeg in de ochtend " + UUID.randomUUID());
        body.put("observedAt", "2026-10-01T06:30:00Z");
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, Object... keyValues) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < keyValues.length; i += 2) {
            copy.put((String) keyValues[i], keyValues[i + 1]);
        }
        return copy;
    }

    public WebTestClient.ResponseSpec post(JwtMutator who, String uri, Object body) {
        return web.mutateWith(who).post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    public WebTestClient.ResponseSpec get(JwtMutator who, String uri) {
        return web.mutateWith(who).get().uri(uri).exchange();
    }

    public String createdId(JwtMutator who, Map<String, Object> body) {
        return post(who, "/api/signals", body).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("id").toString();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> getJson(JwtMutator who, String uri) {
        return get(who, uri).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> getList(JwtMutator who, String uri) {
        return get(who, uri).expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody()
                .stream().map(m -> (Map<String, Object>) m).toList();
    }
}
