package nl.mensenhandel.monitor.partners;

import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * POST/GET /api/monitor/partner-figures: roles, validation per line (422 with lineErrors, nothing stored), unknown
 * kept unknown, estimates apart, a re-import replacing the same region/source/year, Idempotency-Key retries, the
 * audience's threshold, and nothing of another region. Each test uses its own year so they do not interfere.
 */
class PartnerFiguresApiTest extends ApiTestSupport {

    static final String PATH = "/api/monitor/partner-figures";
    static final String HEADER = "year;source;area;form;measure;value;kind;definition\n";

    private static JwtMutator caller(String region, String role) {
        return TestJwts.user(role + "." + region, region, List.of(), role);
    }

    private WebTestClient.ResponseSpec post(JwtMutator who, String key, String csv) {
        WebTestClient.RequestBodySpec request = api.mutateWith(who).post().uri(PATH)
                .contentType(MediaType.parseMediaType("text/csv"));
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.bodyValue(csv).exchange();
    }

    private WebTestClient.BodyContentSpec list(JwtMutator who, String query) {
        return api.mutateWith(who).get().uri(PATH + query).exchange().expectStatus().isOk().expectBody();
    }

    @Test
    void rolesAndTokens() {
        unauthenticated(http.get().uri(PATH).exchange());
        forbidden(post(caller("kennemerland", "monitor-lezer"), null, HEADER
                + "2031;POLITIE;GM0392;SEKSUEEL;SIGNALEN;5;WAARNEMING;x\n"));
        forbidden(api.mutateWith(caller("kennemerland", "aandachtsfunctionaris")).get().uri(PATH).exchange());
    }

    @Test
    void importsCountsUnknownsAndEstimatesAndShowsThemPerAudience() {
        JwtMutator regisseur = caller("kennemerland", "beleidsregisseur");
        post(regisseur, null, HEADER
                + "2032;POLITIE;GM0392;SEKSUEEL;SIGNALEN;5;WAARNEMING;de politie registreert geen ruwe signalen\n"
                + "2032;POLITIE;GM0392;ARBEID;SIGNALEN;3;WAARNEMING;de politie registreert geen ruwe signalen\n"
                + "2032;POLITIE;GM0392;CRIMINEEL;SIGNALEN;0;WAARNEMING;de politie registreert geen ruwe signalen\n"
                + "2032;NLA;ijmond;ARBEID;SIGNALEN;onbekend;WAARNEMING;er waren bij de NLA geen cijfers bekend\n"
                + "2032;OVERIG;kennemerland;ALLE;SLACHTOFFERS;500-600;SCHATTING;geschat aantal slachtoffers\n")
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.imported").isEqualTo(5)
                .jsonPath("$.unknown").isEqualTo(1)
                .jsonPath("$.estimates").isEqualTo(1)
                .jsonPath("$.years").isEqualTo(List.of(2032))
                .jsonPath("$.sources").isEqualTo(List.of("NLA", "OVERIG", "POLITIE"));

        list(caller("kennemerland", "monitor-lezer"), "?year=2032")
                .jsonPath("$.length()").isEqualTo(5)
                .jsonPath("$[0].source").isEqualTo("NLA")
                .jsonPath("$[0].status").isEqualTo("ONBEKEND")
                .jsonPath("$[0].display").isEqualTo("onbekend")
                .jsonPath("$[0].value").doesNotExist()
                .jsonPath("$[1].status").isEqualTo("SCHATTING")
                .jsonPath("$[1].low").isEqualTo(500)
                .jsonPath("$[1].high").isEqualTo(600)
                .jsonPath("$[1].value").doesNotExist()
                .jsonPath("$[?(@.form == 'ARBEID' && @.source == 'POLITIE')].display").isEqualTo(List.of("3"))
                .jsonPath("$[?(@.form == 'CRIMINEEL')].value").isEqualTo(List.of(0))
                .jsonPath("$[2].definition").isEqualTo("de politie registreert geen ruwe signalen")
                .jsonPath("$[2].importedAt").exists();

        // the public threshold (default 5): 3 reads <5 without its value; 5 and 0 are shown; unknown stays unknown
        list(regisseur, "?year=2032&audience=PUBLIEK")
                .jsonPath("$[?(@.form == 'ARBEID' && @.source == 'POLITIE')].display").isEqualTo(List.of("<5"))
                .jsonPath("$[?(@.form == 'ARBEID' && @.source == 'POLITIE')].status").isEqualTo(List.of("ONDERDRUKT"))
                .jsonPath("$[?(@.form == 'ARBEID' && @.source == 'POLITIE')].value").isEqualTo(List.of())
                .jsonPath("$[?(@.form == 'SEKSUEEL')].display").isEqualTo(List.of("5"))
                .jsonPath("$[?(@.source == 'NLA')].display").isEqualTo(List.of("onbekend"));

        // another region sees none of it
        list(caller("zaanstreek-waterland", "beleidsregisseur"), "?year=2032").jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void aBadFileAnswers422WithAnErrorPerLineAndStoresNothing() {
        JwtMutator regisseur = caller("kennemerland", "beleidsregisseur");
        post(regisseur, null, HEADER
                + "2033;POLITIE;GM0392;SEKSUEEL;SIGNALEN;5;WAARNEMING;goed\n"
                + "2033;POLITIE;GM0479;SEKSUEEL;SIGNALEN;5;WAARNEMING;gemeente van een andere regio\n"
                + "2033;POLITIE;GM0392;ARBEID;SIGNALEN;500-600;WAARNEMING;bereik als waarneming\n")
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:partner-figures-invalid")
                .jsonPath("$.lineErrors.length()").isEqualTo(2)
                .jsonPath("$.lineErrors[0].line").isEqualTo(3)
                .jsonPath("$.lineErrors[0].column").isEqualTo("area")
                .jsonPath("$.lineErrors[1].line").isEqualTo(4)
                .jsonPath("$.lineErrors[1].column").isEqualTo("value")
                .jsonPath("$.lineErrors[1].message").value(m -> assertThat((String) m).contains("SCHATTING"));
        list(regisseur, "?year=2033").jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void aReimportReplacesTheSameSourceAndYearOnly() {
        JwtMutator regisseur = caller("kennemerland", "beleidsregisseur");
        post(regisseur, null, HEADER
                + "2034;POLITIE;GM0392;SEKSUEEL;SIGNALEN;5;WAARNEMING;eerste levering\n"
                + "2034;POLITIE;GM0397;SEKSUEEL;SIGNALEN;1;WAARNEMING;eerste levering\n"
                + "2034;NLA;GM0392;ARBEID;SIGNALEN;4;WAARNEMING;NLA\n"
                + "2035;POLITIE;GM0392;SEKSUEEL;SIGNALEN;7;WAARNEMING;volgend jaar\n")
                .expectStatus().isCreated();
        post(regisseur, null, HEADER
                + "2034;POLITIE;GM0392;SEKSUEEL;SIGNALEN;6;WAARNEMING;gecorrigeerd\n")
                .expectStatus().isCreated();

        list(regisseur, "?year=2034")
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[?(@.source == 'POLITIE')].display").isEqualTo(List.of("6"))
                .jsonPath("$[?(@.source == 'POLITIE')].definition").isEqualTo(List.of("gecorrigeerd"))
                .jsonPath("$[?(@.source == 'NLA')].display").isEqualTo(List.of("4"));
        list(regisseur, "?year=2035").jsonPath("$[0].display").isEqualTo("7");
    }

    @Test
    void anIdempotencyKeyRetryAnswersTheFirstResultAndAReusedKeyConflicts() {
        JwtMutator regisseur = caller("kennemerland", "beleidsregisseur");
        String key = "partners-" + UUID.randomUUID();
        String csv = HEADER + "2036;POLITIE;GM0392;SEKSUEEL;SIGNALEN;5;WAARNEMING;eerste\n";
        post(regisseur, key, csv).expectStatus().isCreated().expectBody().jsonPath("$.imported").isEqualTo(1);
        // a correction with another key replaces; a retry of the first request replays it and changes nothing
        post(regisseur, null, HEADER + "2036;POLITIE;GM0392;SEKSUEEL;SIGNALEN;8;WAARNEMING;correctie\n")
                .expectStatus().isCreated();
        post(regisseur, key, csv).expectStatus().isOk().expectBody().jsonPath("$.imported").isEqualTo(1);
        list(regisseur, "?year=2036").jsonPath("$[0].display").isEqualTo("8");

        post(regisseur, key, HEADER + "2036;POLITIE;GM0392;SEKSUEEL;SIGNALEN;9;WAARNEMING;ander verzoek\n")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:idempotency-key-reused");
    }

    @Test
    void aFileOverTheContractsMillionCharactersAnswers413() {
        JwtMutator regisseur = caller("kennemerland", "beleidsregisseur");
        String line = "2037;POLITIE;GM0392;SEKSUEEL;SIGNALEN;5;WAARNEMING;x\n";
        // just over the contract's 1,000,000 characters, within the codec limit: the service refuses it
        String justOver = HEADER + line.repeat((1_000_001 - HEADER.length()) / line.length() + 1);
        post(regisseur, null, justOver).expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:content-too-large");
        // far over the codec limit (2 MB): refused while reading
        post(regisseur, null, HEADER + line.repeat(3_000_000 / line.length())).expectStatus().isEqualTo(413);
        list(regisseur, "?year=2037").jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void aSuppressedFormCannotBeRecoveredFromItsTotalInThePublicView() {
        JwtMutator regisseur = caller("kennemerland", "beleidsregisseur");
        post(regisseur, null, HEADER
                + "2038;POLITIE;GM0392;ALLE;SIGNALEN;10;WAARNEMING;totaal\n"
                + "2038;POLITIE;GM0392;SEKSUEEL;SIGNALEN;7;WAARNEMING;per vorm\n"
                + "2038;POLITIE;GM0392;ARBEID;SIGNALEN;3;WAARNEMING;per vorm\n"
                + "2038;POLITIE;GM0392;CRIMINEEL;SIGNALEN;0;WAARNEMING;per vorm\n"
                + "2038;POLITIE;GM0392;ORGAAN;SIGNALEN;0;WAARNEMING;per vorm\n"
                + "2038;POLITIE;GM0392;ONBEKEND;SIGNALEN;0;WAARNEMING;per vorm\n"
                // the NLA delivers two forms only: the others are unknown, not 0, so ALLE is no sum of known counts
                + "2038;NLA;GM0392;ALLE;SIGNALEN;10;WAARNEMING;totaal\n"
                + "2038;NLA;GM0392;SEKSUEEL;SIGNALEN;7;WAARNEMING;per vorm\n"
                + "2038;NLA;GM0392;ARBEID;SIGNALEN;3;WAARNEMING;per vorm\n").expectStatus().isCreated();
        list(regisseur, "?year=2038&audience=PUBLIEK")
                .jsonPath("$[?(@.form == 'ARBEID')].status").isEqualTo(List.of("ONDERDRUKT", "ONDERDRUKT"))
                .jsonPath("$[?(@.form == 'ARBEID')].display").isEqualTo(List.of("<5", "<5"))
                .jsonPath("$[?(@.form == 'SEKSUEEL' && @.source == 'POLITIE')].status")
                .isEqualTo(List.of("AANVULLEND_ONDERDRUKT"))
                .jsonPath("$[?(@.form == 'SEKSUEEL' && @.source == 'POLITIE')].display").isEqualTo(List.of("x"))
                .jsonPath("$[?(@.form == 'SEKSUEEL' && @.source == 'POLITIE')].value").isEqualTo(List.of())
                .jsonPath("$[?(@.form == 'SEKSUEEL' && @.source == 'NLA')].display").isEqualTo(List.of("7"))
                .jsonPath("$[?(@.form == 'ALLE')].display").isEqualTo(List.of("10", "10"));
        // the region's own staff at its own threshold (1) see every count
        list(regisseur, "?year=2038").jsonPath("$[*].status").value(s -> assertThat((List<Object>) s)
                .containsOnly("GETOOND"));
    }

    @Test
    void wrongMediaTypeAnswers415() {
        api.mutateWith(caller("kennemerland", "beleidsregisseur")).post().uri(PATH)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(415);
    }
}
