package nl.mensenhandel.monitor.dashboard;

import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * The dashboard's static page: served only with a valid token (the gateway relays the session's token; zero
 * trust here too), the directory mapped to its page, and nothing in it loaded from elsewhere.
 */
class DashboardPageTest extends ApiTestSupport {

    @Test
    void withoutTokenThePageAnswers401() {
        unauthenticated(http.get().uri("/dashboard/").exchange());
        unauthenticated(http.get().uri("/dashboard/app.js").exchange());
    }

    @Test
    void withATokenThePageAndItsFilesAreServed() {
        String page = api.mutateWith(TestJwts.user("regisseur.test", "zaanstreek-waterland", List.of(), "beleidsregisseur"))
                .get().uri("/dashboard/").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<script src=\"app.js\" defer></script>", "href=\"app.css\"", "<label for=\"audience\">");
        // nothing from outside: no absolute URL to another host in the page or its script
        String script = api.mutateWith(TestJwts.user("regisseur.test", "zaanstreek-waterland", List.of(), "beleidsregisseur"))
                .get().uri("/dashboard/app.js").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page + script).doesNotContainPattern("(src|href)=\"(https?:)?//")
                .doesNotContain("fetch('http").doesNotContain("localStorage");
        assertThat(script).contains("var API = '/dashboard/api/monitor';", "API + '/figures'", "API + '/areas'");
    }

    @Test
    void theDirectoryWithoutSlashRedirectsToThePage() {
        api.mutateWith(TestJwts.user("monitor.test", "kennemerland", List.of(), "monitor-lezer"))
                .get().uri("/dashboard").exchange()
                .expectStatus().isPermanentRedirect()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/dashboard/");
    }
}
