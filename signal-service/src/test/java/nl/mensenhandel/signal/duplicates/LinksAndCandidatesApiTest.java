package nl.mensenhandel.signal.duplicates;

import static nl.mensenhandel.signal.DemoUsers.AF_HEEMSTEDE;
import static nl.mensenhandel.signal.DemoUsers.AF_PURMEREND;
import static nl.mensenhandel.signal.DemoUsers.AF_ZAANSTAD;
import static nl.mensenhandel.signal.DemoUsers.MELDER;
import static nl.mensenhandel.signal.SignalApiClient.report;
import static nl.mensenhandel.signal.SignalApiClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.TestJwts;
import nl.mensenhandel.signal.SignalApiClient;

/**
 * Links that say what they mean and the counts built on them (issue 7 capability 7), and duplicate candidates
 * across every AF of the region and — only where a residence links them — another region (capability 5).
 */
@SpringBootTest
@ActiveProfiles(Secrets.LOCAL_PROFILE)
@SuppressWarnings("unchecked")
class LinksAndCandidatesApiTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    static final JwtMutator MELDER_HEEMSTEDE = TestJwts.user("melder.heemstede", "kennemerland", List.of("GM0397"),
            "melder");

    @Autowired
    ApplicationContext context;

    SignalApiClient api;

    @BeforeEach
    void client() {
        api = new SignalApiClient(TestJwts.client(context));
    }

    static Map<String, Object> at(String postcode, String number, String city) {
        return Map.of("street", "Teststraat", "houseNumber", number, "postcode", postcode, "city", city);
    }

    static String uniqueNumber() {
        return String.valueOf(1000 + (int) (Math.random() * 8999));
    }

    long count(String which) {
        return ((Number) api.getJson(AF_ZAANSTAD, "/api/signals/counts").get(which)).longValue();
    }

    @Test
    void theSamePersonAgainCountsAsRepeatVictimisationNotAsADuplicate() {
        String first = api.createdId(MELDER, report("GM0479"));
        String again = api.createdId(MELDER, report("GM0479"));
        String third = api.createdId(MELDER, report("GM0479"));
        long raw = count("raw");
        long unique = count("unique");
        long repeat = count("repeatVictimisation");

        Map<String, Object> link = api.post(AF_ZAANSTAD, "/api/signals/" + first + "/links", Map.of("otherSignalId",
                        again, "kind", "SAME_PERSON", "reason", "Zelfde slachtoffer, nieuwe uitbuiting"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(link.get("kind")).isEqualTo("SAME_PERSON");
        assertThat(count("repeatVictimisation")).isEqualTo(repeat + 1);
        assertThat(count("unique")).isEqualTo(unique);
        assertThat(count("raw")).isEqualTo(raw);
        assertThat(api.getJson(AF_ZAANSTAD, "/api/signals/" + again).get("mergedInto")).isNull();

        // a related address, business or network is neither a repeat nor a duplicate
        api.post(AF_ZAANSTAD, "/api/signals/" + first + "/links", Map.of("otherSignalId", third, "kind",
                "SAME_NETWORK", "reason", "Dezelfde ronselaar")).expectStatus().isCreated();
        assertThat(count("repeatVictimisation")).isEqualTo(repeat + 1);
        assertThat(count("unique")).isEqualTo(unique);

        // a duplicate is: it leaves unique, and never counts as a repeat
        api.post(AF_ZAANSTAD, "/api/signals/" + first + "/links", Map.of("otherSignalId", third, "kind", "MERGE",
                "reason", "Zelfde situatie")).expectStatus().isCreated();
        assertThat(count("unique")).isEqualTo(unique - 1);
        assertThat(count("repeatVictimisation")).isEqualTo(repeat + 1);

        // revoked, the same person is no longer counted again
        api.post(AF_ZAANSTAD, "/api/signals/" + first + "/links/" + link.get("id") + "/revocation",
                Map.of("reason", "Toch een ander persoon")).expectStatus().isOk();
        assertThat(count("repeatVictimisation")).isEqualTo(repeat);

        api.post(AF_ZAANSTAD, "/api/signals/" + first + "/links", Map.of("otherSignalId", again, "kind", "LINK",
                "reason", "x")).expectStatus().isBadRequest();
    }

    @Test
    void candidatesComeFromEveryAfOfTheRegionAsAnOutlineWhenNotReadable() {
        String number = uniqueNumber();
        String zaanstad = api.createdId(MELDER, with(report("GM0479"), "location", at("1500 AB", number, "Zaandam")));
        String purmerend = api.createdId(MELDER, with(report("GM0439"), "location", at("1500AB", number, "Zaandam")));
        String ownOther = api.createdId(MELDER, with(report("GM0479"), "location", at("1500 AB", number, "Zaandam")));

        List<Map<String, Object>> candidates = api.getList(AF_ZAANSTAD,
                "/api/signals/" + zaanstad + "/duplicate-candidates");
        assertThat(candidates).filteredOn(c -> c.get("signalId").equals(purmerend)).singleElement().satisfies(c -> {
            assertThat(c.get("readableInFull")).isEqualTo(false);
            assertThat(c.get("municipalityCode")).isEqualTo("GM0439");
            assertThat(c.get("region")).isEqualTo("zaanstreek-waterland");
            assertThat((List<String>) c.get("reasons")).containsExactly("SAME_ADDRESS");
            assertThat(c).doesNotContainKeys("description", "location", "persons");
        });
        assertThat(candidates).filteredOn(c -> c.get("signalId").equals(ownOther)).singleElement()
                .satisfies(c -> assertThat(c.get("readableInFull")).isEqualTo(true));
        // and the other AF finds the Zaanstad one from their side
        assertThat(api.getList(AF_PURMEREND, "/api/signals/" + purmerend + "/duplicate-candidates"))
                .extracting(c -> c.get("signalId")).contains(zaanstad, ownOther);
    }

    @Test
    void anotherRegionIsSearchedOnlyWhereAResidenceLinksTheSignals() {
        String number = uniqueNumber();
        Map<String, Object> address = at("2101 AB", number, "Heemstede");
        // Heemstede signal whose victim lives in Zaanstad: linked by residence
        String linked = api.createdId(MELDER_HEEMSTEDE, with(report("GM0397"), "location", address,
                "residenceMunicipalityCode", "GM0479"));
        // the same address in Heemstede, but nothing links it to Zaanstad
        String unrelated = api.createdId(MELDER_HEEMSTEDE, with(report("GM0397"), "location", address));
        String zaanstad = api.createdId(MELDER, with(report("GM0479"), "location", address));

        List<Map<String, Object>> candidates = api.getList(AF_ZAANSTAD,
                "/api/signals/" + zaanstad + "/duplicate-candidates");
        assertThat(candidates).extracting(c -> c.get("signalId")).contains(linked).doesNotContain(unrelated);
        assertThat(candidates).filteredOn(c -> c.get("signalId").equals(linked)).singleElement().satisfies(c -> {
            assertThat(c.get("region")).isEqualTo("kennemerland");
            // the Zaanstad AF is informed as residence AF of another region: an outline only
            assertThat(c.get("readableInFull")).isEqualTo(false);
            assertThat((List<String>) c.get("reasons")).containsExactly("SAME_ADDRESS");
        });

        // and from the other side: this Zaanstad signal names Heemstede as residence
        String zaanstadWithResidence = api.createdId(MELDER, with(report("GM0479"), "location", address,
                "residenceMunicipalityCode", "GM0397"));
        assertThat(api.getList(AF_ZAANSTAD, "/api/signals/" + zaanstadWithResidence + "/duplicate-candidates"))
                .extracting(c -> c.get("signalId")).contains(linked, unrelated);
        // the Heemstede AF's search of the unrelated signal never shows Zaanstad's signal without a residence link
        assertThat(api.getList(AF_HEEMSTEDE, "/api/signals/" + unrelated + "/duplicate-candidates"))
                .extracting(c -> c.get("signalId")).contains(linked).doesNotContain(zaanstad);
    }

    /** Issue 7 §5: a hand-over between two municipalities of different regions links them for the search too. */
    @Test
    void anotherRegionIsSearchedWhereAHandoverLinksTheSignals() {
        String number = uniqueNumber();
        Map<String, Object> address = at("1506 AB", number, "Zaandam");
        // reported in Zaanstad, then handed over to Heemstede (another region) and accepted there
        String moved = api.createdId(MELDER, with(report("GM0479"), "location", address));
        Map<String, Object> handover = api.post(AF_ZAANSTAD, "/api/signals/" + moved + "/handovers",
                Map.of("toMunicipalityCode", "GM0397", "reason", "uitbuiting blijkt in Heemstede"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        api.post(AF_HEEMSTEDE, "/api/signals/" + moved + "/handovers/" + handover.get("id") + "/decisions",
                Map.of("decision", "ACCEPT", "reason", "overgenomen")).expectStatus().isOk();
        // a new Zaanstad signal at the same address finds it in Kennemerland, by address
        String again = api.createdId(MELDER, with(report("GM0479"), "location", address));

        assertThat(api.getList(AF_ZAANSTAD, "/api/signals/" + again + "/duplicate-candidates"))
                .filteredOn(c -> c.get("signalId").equals(moved)).singleElement().satisfies(c -> {
                    assertThat(c.get("region")).isEqualTo("kennemerland");
                    assertThat((List<String>) c.get("reasons")).containsExactly("SAME_ADDRESS");
                });
    }
}
