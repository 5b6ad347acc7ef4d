package nl.mensenhandel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import tools.jackson.databind.JsonNode;

/**
 * Issue 6 §3, "a raw dump of every collection after the system tests contains no demo description,
 * contact or name in clear text". Runs after every other system test class ({@code @Order} with
 * {@code junit-platform.properties}), so their data is in the store too; reads the store as an attacker
 * with a copy of it would — the real MongoDB driver, every document of every collection of every
 * database — and looks for the personal data the demo data and the system tests sent in.
 */
@ExtendWith(RunningPlatform.class)
@Order(Integer.MAX_VALUE)
class EncryptedAtRestIT {

    /** Distinctive personal data the other system tests send (MeldrouteIT, PlatformThroughGatewayIT). */
    static final List<String> SENT_BY_OTHER_TESTS = List.of(
            "Systeemtest: signaal via de meldroute",
            "Systeemtest anoniem ",
            "steeds wisselende groepen mannen in het pand",
            "Systeemtest tweede melding ",
            "Systeemtest levenscyclus ",
            "Systeemtest woonplaats Purmerend ",
            "Systeemtest terugkoppeling ",
            "Systeemtest need to know ",
            "Systeemtest fictief ",
            "op het adres staan 2 personen ingeschreven",
            "bekend bij de zorgpartner",
            "systeemtest@zaanstad.example",
            "meldpunt@zaanstad.example",
            "Systeemteststraat",
            // HandoverIT: a signal re-sealed by a move to another region, and an on-behalf partner's contact
            "Systeemtest overdracht ", "Systeemtest namens Veilig Thuis ", "Systeemtest contactpersoon",
            "systeemtest@veiligthuis.example", "systeemtest-handhaving@zaanstad.example",
            // SpoedNotificationIT's acute action on the urgent path
            "Politie heeft het meisje uit de woning gehaald",
            // the triage stories (issue 8): track details, criminal information, deliberations, acute interventions
            // — in triage-service's casussen, and as care needs and inspection reasons at the receivers
            "Systeemtest RIEC-informatie ", "Systeemtest RIEC-duiding ", "Systeemtest zorgbehoefte ",
            "Systeemtest controle ", "Systeemtest zorg en straf ", "Systeemtest strafrechtelijke informatie ",
            "Systeemtest zorg na storing ", "Systeemtest acuut ", "Systeemtest beraad ", "Systeemtest jeugdzorg ",
            // care coordination (issue 9, CareCoordinationIT): the victim's name, a task, the next action and what
            // the provider was told
            "Systeemtest slachtoffer ", "Systeemtest taak ", "Systeemtest volgende actie ",
            "Systeemtest voor de aanbieder ");

    @Test
    void aRawDumpOfEveryCollectionHoldsNoPersonalDataInClearText() throws IOException {
        // 1. a signal of our own, with unique personal data in every encrypted field, through the gateway
        String marker = UUID.randomUUID().toString().substring(0, 13);
        Map<String, String> own = new LinkedHashMap<>();
        own.put("description", "Dumptest omschrijving " + marker + ": arbeiders slapen in de loods");
        own.put("reporter name", "Dumptest Meldernaam " + marker);
        own.put("reporter contact", "dumptest-" + marker + "@zaanstad.example");
        own.put("street", "Dumpteststraat " + marker);
        own.put("business name", "Dumptest Uitzendbureau " + marker);
        own.put("person hint", "Dumptest Persoonsnaam " + marker + " 03-04-1995");
        own.put("enrichment", "Dumptest verrijking " + marker + ": bekend bij de politie");
        String id = createOwnSignal(own);

        // ... which the AF of the municipality reads decrypted through the API
        JsonNode signal = Api.get(RunningPlatform.gatewayUrl() + "/api/signals/" + id, "af.zaanstad").json();
        assertThat(signal.path("description").asString()).isEqualTo(own.get("description"));
        assertThat(signal.path("reporter").path("name").asString()).isEqualTo(own.get("reporter name"));
        assertThat(signal.path("reporter").path("contact").asString()).isEqualTo(own.get("reporter contact"));
        assertThat(signal.path("location").path("street").asString()).isEqualTo(own.get("street"));
        assertThat(signal.path("location").path("businessName").asString()).isEqualTo(own.get("business name"));
        assertThat(signal.path("persons").get(0).path("nationality").asString()).isEqualTo("ROU");
        assertThat(signal.path("enrichments").get(0).path("summary").asString()).isEqualTo(own.get("enrichment"));

        // ... and a casus of it in triage-service, decided with care, inspection and ZORG_EN_STRAF tracks, whose
        // requests care coordination and enforcement received (their stores are dumped too)
        own.putAll(ownCasus(id, marker));

        // ... and a zorgtraject in care coordination with a victim's name and birth date of our own, opened for a care
        // question, with a task, the next action and a placement request telling the provider what it needs to know
        own.putAll(ownTrajectory(marker));

        // 2. what must not be readable in the store
        Set<String> needles = new LinkedHashSet<>();
        List<String> demo = demoPersonalData();
        assertThat(demo).as("personal data read from deploy/local/demo-data/signals.txt").hasSizeGreaterThan(10);
        needles.addAll(demo);
        needles.addAll(SENT_BY_OTHER_TESTS);
        needles.addAll(own.values());

        // 3. the dump
        List<String> findings = new ArrayList<>();
        AtomicLong documents = new AtomicLong();
        boolean[] ownSignalSeenEncrypted = {false};
        try (MongoClient client = MongoClients.create(mongoUri())) {
            for (String databaseName : client.listDatabaseNames()) {
                MongoDatabase database = client.getDatabase(databaseName);
                for (String collection : database.listCollectionNames()) {
                    for (Document document : database.getCollection(collection).find()) {
                        documents.incrementAndGet();
                        List<String> strings = new ArrayList<>();
                        collectStrings(document, strings);
                        for (String needle : needles) {
                            if (strings.stream().anyMatch(s -> s.contains(needle))) {
                                findings.add(databaseName + "." + collection + " _id=" + document.get("_id")
                                        + " holds in clear text: \"" + needle + "\"");
                            }
                        }
                        if (id.equals(String.valueOf(document.get("_id")))
                                && String.valueOf(document.get("description")).startsWith("enc:v1:")) {
                            ownSignalSeenEncrypted[0] = true;
                        }
                    }
                }
            }
        }
        System.out.printf("[system-tests] dumped %d documents, looked for %d strings, found %d in clear text%n",
                documents.get(), needles.size(), findings.size());

        // the dump really read the platform's store: our own signal is in it, encrypted
        assertThat(ownSignalSeenEncrypted[0]).as("signal " + id + " found encrypted in the dump of " + mongoUri())
                .isTrue();
        assertThat(findings).as("personal data in clear text in the store (%d findings):%n  %s", findings.size(),
                String.join("\n  ", findings)).isEmpty();
    }

    /**
     * A casus of the signal with unique personal data in every free text triage keeps: the summary, the acute
     * intervention, the deliberation, rationale, advice and feedback, each track's details, a task and the criminal
     * information — and the care request
     * and inspection request the decision sent, waited for at their receivers. Returns what must not be readable.
     */
    private static Map<String, String> ownCasus(String signalId, String marker) {
        Map<String, String> own = new LinkedHashMap<>();
        own.put("casus summary", "Dumptest samenvatting " + marker + ": uitzendbureau huisvest arbeiders in de loods");
        own.put("acute intervention", "Dumptest acuut " + marker + ": politie haalde drie arbeiders uit de loods");
        own.put("deliberation", "Dumptest beraad " + marker + ": de wijkagent kent de eigenaar");
        own.put("care need", "Dumptest zorgbehoefte " + marker + ": opvang voor drie arbeiders");
        own.put("inspection reason", "Dumptest controleadres " + marker + ": loods aan de Dumptestweg");
        own.put("zorg en straf details", "Dumptest procesregie " + marker + ": zorg en aangifte");
        own.put("criminal information", "Dumptest strafblad " + marker + ": eigenaar eerder veroordeeld");
        own.put("rationale", "Dumptest afweging " + marker + ": arbeiders afhankelijk van de eigenaar");
        own.put("advice", "Dumptest advies " + marker + ": ESSM adviseert opvang");
        own.put("task", "Dumptest taak " + marker + ": buurtonderzoek bij de loods");
        own.put("feedback", "Dumptest terugkoppeling " + marker + ": uw melding is doorgeleid");
        String gateway = RunningPlatform.gatewayUrl();

        Map<String, Object> opened = new LinkedHashMap<>();
        opened.put("signalIds", List.of(signalId));
        opened.put("municipalityCodes", List.of("GM0479"));
        opened.put("summary", own.get("casus summary"));
        opened.put("urgent", true);
        opened.put("acuteInterventions", List.of(Map.of("by", "POLITIE_OM", "description", own.get("acute intervention"),
                "takenAt", Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString())));
        Api.Response casus = Api.post(gateway + "/api/cases", "af.zaanstad", opened, "dumptest-" + UUID.randomUUID());
        assertThat(casus.status()).as(casus.body()).isEqualTo(201);
        String caseId = casus.json().path("id").asString();

        String due = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusWeeks(2).toString();
        Map<String, Object> zorgEnStraf = new LinkedHashMap<>(track("ZORG_EN_STRAF", "ZORG_EN_VEILIGHEIDSHUIS",
                own.get("zorg en straf details"), due));
        zorgEnStraf.put("criminalInformation", own.get("criminal information"));
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("form", "MAIL_CONSULTATIE");
        decision.put("participants", List.of("Zorg- en Veiligheidshuis Zaanstreek-Waterland", "Gemeente Zaanstad"));
        decision.put("deliberation", own.get("deliberation"));
        decision.put("rationale", own.get("rationale"));
        decision.put("advice", List.of(Map.of("from", "ESSM", "summary", own.get("advice"))));
        decision.put("feedbackForReporter", own.get("feedback"));
        decision.put("legalBasis", "Convenant Zorg- en Veiligheidshuis");
        decision.put("tracks", List.of(track("ZORGTRAJECT", "ZORGCOORDINATOR", own.get("care need"), due),
                track("INTEGRALE_CONTROLE", "HANDHAVING", own.get("inspection reason"), due), zorgEnStraf,
                Map.of("type", "MEER_INFORMATIE", "regiehouder", Map.of("kind", "AANDACHTSFUNCTIONARIS",
                        "organisation", "Dumptest"), "dueDate", due, "tasks", List.of(Map.of("description",
                                own.get("task"), "assignee", "Politie Zaanstreek-Waterland", "dueDate", due)))));
        Api.Response decided = Api.post(gateway + "/api/cases/" + caseId + "/decisions", "af.zaanstad", decision,
                "dumptest-" + UUID.randomUUID());
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);

        // the requests arrived (so the dump holds them at the receivers), and triage decrypts for those who may see
        awaitRequest(gateway + "/api/care/requests?size=100", "zc.zaanstreek", caseId, 2);
        awaitRequest(gateway + "/api/enforcement/inspection-requests?size=100", "handhaver.zaanstad", caseId, 1);
        Api.Response read = Api.get(gateway + "/api/cases/" + caseId, "casustafel.zaanstreek");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).contains(own.get("care need"), own.get("inspection reason"), own.get("deliberation"));
        return own;
    }

    /**
     * A care question and the zorgtraject opened for it by Zaanstreek-Waterland's zorgcoördinator, with unique personal
     * data in every field care coordination encrypts, and a placement request at HVO Querido's noodbed; each read back
     * decrypted through the API. Returns what must not be readable in the store.
     */
    private static Map<String, String> ownTrajectory(String marker) {
        Map<String, String> own = new LinkedHashMap<>();
        java.util.Random random = new java.util.Random(marker.hashCode());
        own.put("victim name", "Dumptest Slachtoffernaam " + marker);
        own.put("victim birth date", LocalDate.of(1950 + random.nextInt(30), 1 + random.nextInt(12),
                1 + random.nextInt(28)).toString());
        own.put("question summary", "Dumptest adviesvraag " + marker + ": vrouw gevonden bij een controle");
        own.put("requester contact", "Dumptest Wijkagent " + marker + " 06-12345678");
        own.put("task", "Dumptest zorgtaak " + marker + ": huisarts bellen");
        own.put("next action", "Dumptest volgende stap " + marker + ": gesprek met de advocaat");
        own.put("for provider", "Dumptest voor de opvang " + marker + ": allergisch voor noten");
        String gateway = RunningPlatform.gatewayUrl();

        Api.Response question = Api.post(gateway + "/api/care/questions", "zc.zaanstreek", Map.of("kind",
                "NOODBEDAANVRAAG", "requesterKind", "POLITIE_AVIM", "requesterOrganisation", "Politie Zaanstreek",
                "requesterContact", own.get("requester contact"), "municipalityCode", "GM0479",
                "summary", own.get("question summary")), "dumptest-" + UUID.randomUUID());
        assertThat(question.status()).as(question.body()).isEqualTo(201);
        String due = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusWeeks(1).toString();
        Map<String, Object> victim = new LinkedHashMap<>();
        victim.put("displayName", own.get("victim name"));
        victim.put("birthDate", own.get("victim birth date"));
        victim.put("gender", "VROUW");
        victim.put("nationality", "NL");
        victim.put("residenceStatus", "NEDERLANDER");
        victim.put("exploitationForms", List.of("SEKSUEEL"));
        victim.put("brpMunicipalityCode", "GM0479");
        Map<String, Object> trajectory = new LinkedHashMap<>();
        trajectory.put("questionId", question.json().path("id").asString());
        trajectory.put("victim", victim);
        trajectory.put("needs", List.of(Map.of("type", "MEDISCH", "status", "OPEN", "tasks",
                List.of(Map.of("description", own.get("task"), "dueDate", due)))));
        trajectory.put("nextAction", own.get("next action"));
        trajectory.put("nextActionDate", due);
        Api.Response opened = Api.post(gateway + "/api/care/trajectories", "zc.zaanstreek", trajectory,
                "dumptest-" + UUID.randomUUID());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String trajectoryId = opened.json().path("id").asString();

        Api.Response capacity = Api.call("PUT", gateway + "/api/care/providers/hvo-querido/locations/querido-noodbed"
                        + "/capacity/NOODBED", Api.clientToken("care-provider-querido", "querido-demo-secret"),
                Api.JSON.writeValueAsString(Map.of("maximum", 20, "available", 10, "updatedAt",
                        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())), Map.of());
        assertThat(capacity.status()).as(capacity.body()).isEqualTo(200);
        Api.Response placement = Api.post(gateway + "/api/care/trajectories/" + trajectoryId + "/placements",
                "zc.zaanstreek", Map.of("placementType", "NOODBED", "providerId", "hvo-querido", "locationId",
                        "querido-noodbed", "informationForProvider", own.get("for provider")),
                "dumptest-" + UUID.randomUUID());
        assertThat(placement.status()).as(placement.body()).isEqualTo(201);

        // decrypted for those who may see it
        Api.Response read = Api.get(gateway + "/api/care/trajectories/" + trajectoryId, "zc.zaanstreek");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).contains(own.get("victim name"), own.get("victim birth date"), own.get("task"),
                own.get("next action"));
        Api.Response readQuestion = Api.get(gateway + "/api/care/questions/" + question.json().path("id").asString(),
                "zc.zaanstreek");
        assertThat(readQuestion.body()).contains(own.get("question summary"), own.get("requester contact"));
        Api.Response forQuerido = Api.call("GET", gateway + "/api/care/placements/" + placement.json().path("id")
                .asString(), Api.clientToken("care-provider-querido", "querido-demo-secret"), null, Map.of());
        assertThat(forQuerido.body()).contains(own.get("for provider")).doesNotContain(own.get("victim name"));
        return own;
    }

    private static Map<String, Object> track(String type, String kind, String details, String dueDate) {
        return Map.of("type", type, "regiehouder", Map.of("kind", kind, "organisation", "Dumptest"), "dueDate", dueDate,
                "details", details);
    }

    private static void awaitRequest(String listUrl, String user, String caseId, int expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        long found = 0;
        while (Instant.now().isBefore(deadline)) {
            Api.Response list = Api.get(listUrl, user);
            assertThat(list.status()).as(list.body()).isEqualTo(200);
            found = list.json().path("items").valueStream()
                    .filter(item -> caseId.equals(item.path("caseId").asString())).count();
            if (found >= expected) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(found).as("requests about casus " + caseId + " at " + listUrl).isEqualTo(expected);
    }

    private static String createOwnSignal(Map<String, String> own) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("municipalityCode", "GM0479");
        body.put("forms", List.of("ARBEID"));
        body.put("sourceType", "PROFESSIONAL");
        body.put("reporter", Map.of("name", own.get("reporter name"),
                "contact", own.get("reporter contact")));
        body.put("description", own.get("description"));
        body.put("observedAt", Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("location", Map.of("street", own.get("street"), "houseNumber", "1", "postcode", "1509 XX",
                "city", "Zaandam", "businessName", own.get("business name")));
        body.put("persons", List.of(Map.of("role", "MOGELIJK_SLACHTOFFER", "nationality", "ROU",
                "identifyingHint", own.get("person hint"))));
        Api.Response created = Api.post(RunningPlatform.gatewayUrl() + "/api/signals", "melder.zaanstad", body,
                "dumptest-" + UUID.randomUUID());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();

        String signal = RunningPlatform.gatewayUrl() + "/api/signals/" + id;
        Api.Response started = Api.post(signal + "/transitions", "af.zaanstad",
                Map.of("to", "IN_VERRIJKING", "reason", "Dumptest"), null);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        Api.Response enriched = Api.post(signal + "/enrichments", "af.zaanstad", Map.of("source", "POLITIE",
                "summary", own.get("enrichment"), "legalBasis", "Wpg art. 16"), "dumptest-" + UUID.randomUUID());
        assertThat(enriched.status()).as(enriched.body()).isEqualTo(201);
        return id;
    }

    /** Descriptions, contacts, names, addresses and person hints of the demo signals, as the launcher loads them. */
    static List<String> demoPersonalData() throws IOException {
        List<String> values = new ArrayList<>();
        Path file = RunningPlatform.root().resolve("deploy/local/demo-data/signals.txt");
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.split("\\s*\\|\\s*", 3);
            if (line.isBlank() || line.startsWith("#") || parts.length < 3) {
                continue;
            }
            JsonNode body = Api.JSON.readTree(parts[2]);
            add(values, body.path("description"));
            add(values, body.path("reporter").path("name"));
            add(values, body.path("reporter").path("contact"));
            add(values, body.path("location").path("street"));
            add(values, body.path("location").path("businessName"));
            add(values, body.path("location").path("description"));
            body.path("persons").forEach(person -> add(values, person.path("identifyingHint")));
        }
        return values;
    }

    private static void add(List<String> values, JsonNode node) {
        if (node.isString() && !node.asString().isBlank()) {
            values.add(node.asString());
        }
    }

    /** Every string in a document — values at any depth, and keys — as a dump would show them. */
    private static void collectStrings(Object value, List<String> strings) {
        if (value instanceof String s) {
            strings.add(s);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                strings.add(String.valueOf(k));
                collectStrings(v, strings);
            });
        } else if (value instanceof Iterable<?> list) {
            list.forEach(element -> collectStrings(element, strings));
        }
    }

    private static String mongoUri() throws IOException {
        Path env = RunningPlatform.root().resolve("deploy/local/.run/platform.env");
        if (Files.exists(env)) {
            for (String line : Files.readAllLines(env)) {
                String trimmed = line.trim().replaceFirst("^export\\s+", "");
                if (trimmed.startsWith("MONGODB_URI=")) {
                    return trimmed.substring("MONGODB_URI=".length()).replaceAll("^[\"']|[\"']$", "");
                }
            }
        }
        String fromEnvironment = System.getenv("MONGODB_URI");
        return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : "mongodb://localhost:27017";
    }
}
