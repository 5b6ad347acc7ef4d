package nl.mensenhandel.monitor.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * The demo data's partner figures ({@code deploy/local/demo-data/partner-figures/<user>.csv}) import as their
 * region's beleidsregisseur with the demo areas of application.yml, and show as the sources publish them:
 * Heemstede's plan's police figures for Haarlem 2022 (5/0/3), unknown as unknown, Rotterdam's estimate as a range.
 */
class DemoPartnerFiguresTest extends ApiTestSupport {

    static final Path DIR = Path.of("../deploy/local/demo-data/partner-figures");
    static final Map<String, String> REGION_OF = Map.of("regisseur.zaanstreek", "zaanstreek-waterland",
            "regisseur.kennemerland", "kennemerland", "regisseur.ijsselland", "ijsselland",
            "regisseur.rotterdam", "rotterdam");

    @Test
    void everyDemoFileImportsAndShowsAsPublished() throws IOException {
        List<Path> files;
        try (var listing = Files.list(DIR)) {
            files = listing.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertThat(files).hasSize(4);
        for (Path file : files) {
            String user = file.getFileName().toString().replace(".csv", "");
            assertThat(REGION_OF).containsKey(user);
            api.mutateWith(TestJwts.user(user, REGION_OF.get(user), List.of(), "beleidsregisseur"))
                    .post().uri("/api/monitor/partner-figures").contentType(MediaType.parseMediaType("text/csv"))
                    .header("Idempotency-Key", "demo-" + user)
                    .bodyValue(Files.readString(file, StandardCharsets.UTF_8)).exchange()
                    .expectStatus().value(status -> assertThat(status).as(user).isIn(200, 201));
        }
        api.mutateWith(TestJwts.user("monitor.kennemerland", "kennemerland", List.of(), "monitor-lezer")).get()
                .uri("/api/monitor/partner-figures?year=2022").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.source == 'POLITIE' && @.area == 'GM0392')].display")
                .isEqualTo(List.of("3", "0", "5"))
                .jsonPath("$[?(@.source == 'NLA')].status").isEqualTo(List.of("ONBEKEND"));
        api.mutateWith(TestJwts.user("regisseur.rotterdam", "rotterdam", List.of(), "beleidsregisseur")).get()
                .uri("/api/monitor/partner-figures").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.kind == 'SCHATTING')].display").isEqualTo(List.of("500\u2013600"))
                .jsonPath("$[?(@.year == 2022)].display").isEqualTo(List.of("onbekend"));
    }
}
