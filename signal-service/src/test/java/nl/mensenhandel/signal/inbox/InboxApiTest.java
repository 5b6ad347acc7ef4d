package nl.mensenhandel.signal.inbox;

import static nl.mensenhandel.signal.DemoUsers.AF_HEEMSTEDE;
import static nl.mensenhandel.signal.DemoUsers.AF_PURMEREND;
import static nl.mensenhandel.signal.DemoUsers.AF_ZAANSTAD;
import static nl.mensenhandel.signal.DemoUsers.HANDHAVER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.audit.AccessLogEntry;
import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/** The inbox contract ({@code api-specs/inbox.yaml}) against the real service and the embedded store. */
class InboxApiTest extends ApiTestSupport {

    static final JwtMutator CASUSTAFEL = TestJwts.user("casustafel.zaanstreek", "zaanstreek-waterland", List.of(),
            "casustafel");
    static final JwtMutator CASUSTAFEL_KENNEMERLAND = TestJwts.user("casustafel.kennemerland", "kennemerland",
            List.of(), "casustafel");
    static final JwtMutator ZC = TestJwts.user("zc.zaanstreek", "zaanstreek-waterland", List.of(), "zorgcoordinator");
    /** triage-service's service account: client credentials, no region, no realm role. */
    static final JwtMutator TRIAGE_SERVICE = service("triage-service");

    @Autowired
    ReactiveMongoTemplate mongo;

    static JwtMutator service(String clientId) {
        return SecurityMockServerConfigurers.mockJwt().jwt(jwt -> jwt
                .subject(UUID.nameUUIDFromBytes(clientId.getBytes()).toString())
                .claim("preferred_username", "service-account-" + clientId)
                .claim("azp", clientId)
                .claim("realm_access", Map.of("roles", List.of())));
    }

    static Map<String, Object> notification(String region, String municipality, List<Map<String, Object>> audience) {
        return Map.of("region", region, "kind", "CASUS_GEOPEND", "about", Map.of("type", "case", "id", "ZW-2026-0001"),
                "municipalityCode", municipality, "urgency", "HOOG", "message", "Casus geopend voor Jan de Vries",
                "audience", audience);
    }

    WebTestClient.ResponseSpec post(JwtMutator who, Object body, String key) {
        var request = api.mutateWith(who).post().uri("/api/inbox/notifications").contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.bodyValue(body).exchange();
    }

    String posted(Object body) {
        return post(TRIAGE_SERVICE, body, null).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("id").toString();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> inbox(JwtMutator who) {
        return api.mutateWith(who).get().uri("/api/inbox?size=100").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    static List<String> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(i -> (String) i.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> item(Map<String, Object> page, String id) {
        return ((List<Map<String, Object>>) page.get("items")).stream().filter(i -> id.equals(i.get("id"))).findFirst()
                .orElseThrow();
    }

    @Test
    void aPostedNotificationStandsInEveryAddressedInboxAndNowhereElse() {
        String id = posted(notification("zaanstreek-waterland", "GM0479", List.of(
                Map.of("role", "aandachtsfunctionaris", "municipalityCode", "GM0479"), Map.of("role", "casustafel"))));

        assertThat(ids(inbox(AF_ZAANSTAD))).contains(id);
        assertThat(ids(inbox(CASUSTAFEL))).contains(id);
        // another municipality's AF, another role (a handhaver of the same municipality), another region's table
        assertThat(ids(inbox(AF_PURMEREND))).doesNotContain(id);
        assertThat(ids(inbox(HANDHAVER))).doesNotContain(id);
        assertThat(ids(inbox(ZC))).doesNotContain(id);
        assertThat(ids(inbox(CASUSTAFEL_KENNEMERLAND))).doesNotContain(id);
        assertThat(ids(inbox(AF_HEEMSTEDE))).doesNotContain(id);

        Map<String, Object> seen = item(inbox(AF_ZAANSTAD), id);
        assertThat(seen).containsEntry("kind", "CASUS_GEOPEND").containsEntry("source", "triage-service")
                .containsEntry("read", false).containsEntry("municipalityCode", "GM0479");
        assertThat((Map<String, Object>) seen.get("about")).containsEntry("type", "case");
    }

    @Test
    void readMarksArePerUserAndTheUnreadCountFollowsThem() {
        String id = posted(notification("zaanstreek-waterland", "GM0479", List.of(
                Map.of("role", "aandachtsfunctionaris", "municipalityCode", "GM0479"), Map.of("role", "casustafel"))));
        long afUnread = ((Number) inbox(AF_ZAANSTAD).get("unreadCount")).longValue();
        long tableUnread = ((Number) inbox(CASUSTAFEL).get("unreadCount")).longValue();

        api.mutateWith(AF_ZAANSTAD).post().uri("/api/inbox/" + id + "/read").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.read").isEqualTo(true).jsonPath("$.readAt").exists();
        String firstRead = (String) item(inbox(AF_ZAANSTAD), id).get("readAt");
        // marking again keeps the first read time
        api.mutateWith(AF_ZAANSTAD).post().uri("/api/inbox/" + id + "/read").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.readAt").isEqualTo(firstRead);

        Map<String, Object> af = inbox(AF_ZAANSTAD);
        assertThat(item(af, id)).containsEntry("read", true);
        assertThat(((Number) af.get("unreadCount")).longValue()).isEqualTo(afUnread - 1);
        // the table member's own mark is untouched
        Map<String, Object> table = inbox(CASUSTAFEL);
        assertThat(item(table, id)).containsEntry("read", false);
        assertThat(((Number) table.get("unreadCount")).longValue()).isEqualTo(tableUnread);
        assertThat(ids(api.mutateWith(AF_ZAANSTAD).get().uri("/api/inbox?unreadOnly=true&size=100").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody())).doesNotContain(id);
    }

    @Test
    void aNotificationNotAddressedToTheCallerOrOfAnotherRegionIsNotFound() {
        String id = posted(notification("zaanstreek-waterland", "GM0479", List.of(
                Map.of("role", "aandachtsfunctionaris", "municipalityCode", "GM0479"))));
        for (JwtMutator stranger : List.of(HANDHAVER, AF_PURMEREND, CASUSTAFEL, AF_HEEMSTEDE)) {
            api.mutateWith(stranger).post().uri("/api/inbox/" + id + "/read").exchange().expectStatus().isNotFound()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        // none of them left a read mark
        Document stored = mongo.findOne(new Query(Criteria.where("_id").is(id)), Document.class, "notifications")
                .block();
        assertThat(stored.getList("reads", Document.class)).isEmpty();
    }

    @Test
    void aHandhaverNeverSeesTheAfNotificationsOfTheirOwnMunicipality() {
        String afOnly = posted(notification("zaanstreek-waterland", "GM0479", List.of(
                Map.of("role", "aandachtsfunctionaris", "municipalityCode", "GM0479"))));
        String afRegion = posted(notification("zaanstreek-waterland", "GM0479", List.of(
                Map.of("role", "aandachtsfunctionaris"))));
        assertThat(ids(inbox(HANDHAVER))).doesNotContain(afOnly, afRegion);
        assertThat(ids(inbox(AF_PURMEREND))).contains(afRegion).doesNotContain(afOnly);
    }

    @Test
    void aUserByNameGetsItAlone() {
        String id = posted(notification("zaanstreek-waterland", "GM0479", List.of(Map.of("username", "af.purmerend"))));
        assertThat(ids(inbox(AF_PURMEREND))).contains(id);
        assertThat(ids(inbox(AF_ZAANSTAD))).doesNotContain(id);
    }

    @Test
    void onlyThePlatformsServiceAccountsPostAndNoUserWhateverTheRole() {
        Map<String, Object> body = notification("zaanstreek-waterland", "GM0479",
                List.of(Map.of("role", "aandachtsfunctionaris")));
        for (JwtMutator user : List.of(AF_ZAANSTAD, CASUSTAFEL, HANDHAVER, ZC,
                // a care provider's machine client is not a platform service
                TestJwts.careProvider("care-provider-querido", "zaanstreek-waterland", "hvo-querido", "zorgaanbieder"),
                // nor is an unknown client's service account
                service("some-other-client"))) {
            post(user, body, null).expectStatus().isForbidden()
                    .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:forbidden");
        }
        http.post().uri("/api/inbox/notifications").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isUnauthorized();
        post(service("enforcement-service"), body, null).expectStatus().isCreated();
    }

    @Test
    void aRetryWithTheSameKeyPostsOnce() {
        Map<String, Object> body = notification("zaanstreek-waterland", "GM0479",
                List.of(Map.of("role", "casustafel")));
        String key = UUID.randomUUID().toString();
        String first = post(TRIAGE_SERVICE, body, key).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("id").toString();
        String again = post(TRIAGE_SERVICE, body, key).expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody().get("id").toString();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void anAudienceOutsideTheRegionOrMalformedIsRefusedNamingTheField() {
        post(TRIAGE_SERVICE, notification("zaanstreek-waterland", "GM0479",
                List.of(Map.of("role", "aandachtsfunctionaris", "municipalityCode", "GM0397"))), null)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("audience[0].municipalityCode");
        post(TRIAGE_SERVICE, notification("zaanstreek-waterland", "GM0397", List.of(Map.of("role", "casustafel"))), null)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("municipalityCode");
        post(TRIAGE_SERVICE, notification("zaanstreek-waterland", "GM0479",
                List.of(Map.of("role", "casustafel", "username", "af.zaanstad"))), null)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("audience[0]");
        post(TRIAGE_SERVICE, notification("atlantis", "GM0479", List.of(Map.of("role", "casustafel"))), null)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("region");
    }

    @Test
    void theMessageIsEncryptedAtRestAndReadingTheInboxIsLogged() {
        String id = posted(notification("zaanstreek-waterland", "GM0479",
                List.of(Map.of("role", "aandachtsfunctionaris", "municipalityCode", "GM0479"))));
        Document stored = mongo.findOne(new Query(Criteria.where("_id").is(id)), Document.class, "notifications")
                .block();
        assertThat(stored.getString("message")).startsWith("enc:v1:").doesNotContain("Jan de Vries");
        assertThat(item(inbox(AF_ZAANSTAD), id)).containsEntry("message", "Casus geopend voor Jan de Vries");

        List<AccessLogEntry> lists = mongo.find(new Query(Criteria.where("action").is("LIST")
                .and("resourceType").is("notification").and("actorUsername").is("af.zaanstad")), AccessLogEntry.class)
                .collectList().block();
        assertThat(lists).anySatisfy(entry -> assertThat(entry.resourceIds()).contains(id));
        assertThat(mongo.exists(new Query(Criteria.where("action").is("CREATE").and("resourceId").is(id)
                .and("actorUsername").is("triage-service")), AccessLogEntry.class).block()).isTrue();
    }
}
