package nl.mensenhandel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * Issue 11 through the gateway with real tokens: the regional monitor as the beleidsregisseur and the monitor-lezer
 * use it, on the demo data and what the other system tests added.
 * <ul>
 * <li>suppression cannot be undone: the public tables of this year, per quarter and for the whole year, for the
 * region and each grouping of municipalities, fed to an independent {@link DifferencingAttack} — no suppressed cell
 * follows from totals, from the year against its quarters, or from a grouping against the region;</li>
 * <li>partner figures: a CSV with a bad line is refused line by line and nothing is imported; a good one with a
 * figure the partner did not deliver imports, and that figure shows as unknown, never as 0; an estimate stays a
 * range; a retry with the same Idempotency-Key imports nothing new;</li>
 * <li>a service that is down leaves the monitor answering, with what is missing marked;</li>
 * <li>need to know: the AF gets 403, another region's beleidsregisseur never sees this region's municipalities.</li>
 * </ul>
 */
@ExtendWith(RunningPlatform.class)
class MonitorIT {

    static final String REGISSEUR = "regisseur.zaanstreek";
    static final String LEZER = "monitor.zaanstreek";
    static final String REGION = "zaanstreek-waterland";
    static final int YEAR = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();

    @Test
    void publicFiguresCannotBeUndoneByTotalsOrByDifferencesBetweenPeriodsOrOverlappingAreas() {
        List<String> areas = new ArrayList<>(List.of(""));
        for (JsonNode area : get("/api/monitor/areas", REGISSEUR).json()) {
            if ("GROEPERING".equals(area.path("kind").asString())) {
                areas.add(area.path("id").asString());
            }
        }
        DifferencingAttack attack = new DifferencingAttack();
        int suppressedCells = 0;
        for (String area : areas) {
            for (int quarter = 0; quarter <= 4; quarter++) {
                String query = "/api/monitor/figures?audience=PUBLIEK&fromYear=" + YEAR + "&toYear=" + YEAR
                        + (quarter > 0 ? "&quarter=" + quarter : "") + (area.isEmpty() ? "" : "&area=" + area);
                Api.Response answer = get(query, REGISSEUR);
                assertThat(answer.status()).as(query + ": " + answer.body()).isEqualTo(200);
                assertThat(answer.json().path("threshold").asInt()).as("the public threshold").isEqualTo(5);
                suppressedCells += feed(attack, answer.json(), quarter, area.isEmpty() ? REGION : area);
            }
        }
        // the year is the sum of its quarters, cell by cell
        for (String cell : attack.yearCells()) {
            attack.relation(cell, List.of(cell.replace("|Y|", "|Q1|"), cell.replace("|Y|", "|Q2|"),
                    cell.replace("|Y|", "|Q3|"), cell.replace("|Y|", "|Q4|")));
        }
        assertThat(suppressedCells).as("the demo data's small numbers are suppressed in the public view").isPositive();
        assertThat(attack.revealed()).as("suppressed cells an outsider derives from " + attack.relationCount()
                + " relations").isEmpty();
    }

    @Test
    void theRegionsOwnStaffSeeTheirOwnThresholdAndEveryFigureSaysWhatItCounts() {
        JsonNode own = get("/api/monitor/figures", LEZER).json();
        assertThat(own.path("audience").asString()).isEqualTo("REGIO");
        assertThat(own.path("threshold").asInt()).as("Zaanstreek-Waterland's own threshold (demo configuration)")
                .isEqualTo(3);
        assertThat(own.path("tables")).isNotEmpty();
        for (JsonNode table : own.path("tables")) {
            assertThat(table.path("counts").asString()).as("what " + table.path("id") + " counts").isNotBlank();
            for (JsonNode row : table.path("cells")) {
                for (JsonNode cell : row) {
                    String status = cell.path("status").asString();
                    if (status.contains("ONDERDRUKT")) {
                        assertThat(cell.has("value")).as("a suppressed cell carries no value: " + cell).isFalse();
                    }
                }
            }
        }
        String csv = get("/api/monitor/figures/csv?audience=PUBLIEK", LEZER).body();
        assertThat(csv.lines().findFirst().orElse("")).contains(";");
        assertThat(csv.lines().count()).isGreaterThan(1);
    }

    @Test
    void partnerFiguresImportWholeOrNotAtAllAndUnknownStaysUnknown() {
        String source = "NLA";
        int year = 2019 + (int) (Math.random() * 5);
        String bad = String.join("\n",
                "year;source;area;form;measure;value;kind;definition",
                year + ";" + source + ";" + REGION + ";ARBEID;SLACHTOFFERS;4;WAARNEMING;Door de NLA vastgestelde slachtoffers",
                year + ";" + source + ";GM9999;ARBEID;SLACHTOFFERS;-3;WAARNEMING;Een gemeente van nergens",
                year + ";" + source + ";" + REGION + ";ARBEID;SLACHTOFFERS;500-600;WAARNEMING;Een bereik zonder schatting") + "\n";
        Api.Response refused = importCsv(bad, "monitor-it-bad-" + UUID.randomUUID());
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("type").asString()).isEqualTo("urn:mensenhandel:problem:partner-figures-invalid");
        List<Integer> badLines = new ArrayList<>();
        refused.json().path("lineErrors").forEach(e -> badLines.add(e.path("line").asInt()));
        assertThat(badLines).as("an error per bad line (the header is line 1)").contains(3, 4).doesNotContain(2);
        assertThat(partnerFigures(year, source)).as("nothing of the refused file was imported").isEmpty();

        String good = String.join("\n",
                "year;source;area;form;measure;value;kind;definition",
                year + ";" + source + ";" + REGION + ";ARBEID;SLACHTOFFERS;12;WAARNEMING;Door de NLA vastgestelde slachtoffers",
                year + ";" + source + ";" + REGION + ";SEKSUEEL;SLACHTOFFERS;onbekend;WAARNEMING;Nog niet bekend",
                year + ";" + source + ";" + REGION + ";ALLE;SLACHTOFFERS;500-600;SCHATTING;Geschat aantal slachtoffers") + "\n";
        String key = "monitor-it-good-" + UUID.randomUUID();
        Api.Response imported = importCsv(good, key);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().path("unknown").asInt()).isEqualTo(1);
        assertThat(imported.json().path("estimates").asInt()).isEqualTo(1);
        Api.Response again = importCsv(good, key);
        assertThat(again.status()).as("the retry answers the first result: " + again.body()).isIn(200, 201);
        List<JsonNode> figures = partnerFigures(year, source);
        assertThat(figures).as("three figures, not six").hasSize(3);
        JsonNode unknown = figures.stream().filter(f -> "SEKSUEEL".equals(f.path("form").asString())).findFirst()
                .orElseThrow();
        assertThat(unknown.path("status").asString()).isEqualTo("ONBEKEND");
        assertThat(unknown.has("value")).as("unknown is not zero: " + unknown).isFalse();
        assertThat(unknown.path("display").asString()).isEqualTo("onbekend");
        JsonNode estimate = figures.stream().filter(f -> "ALLE".equals(f.path("form").asString())).findFirst()
                .orElseThrow();
        assertThat(estimate.path("kind").asString()).isEqualTo("SCHATTING");
        assertThat(estimate.path("low").asLong()).isEqualTo(500);
        assertThat(estimate.path("high").asLong()).isEqualTo(600);
        assertThat(get("/api/monitor/partner-figures?year=" + year, "regisseur.kennemerland").json().toString())
                .as("another region sees none of them").doesNotContain("Door de NLA vastgestelde slachtoffers");
    }

    @Test
    void whenAServiceIsDownTheMonitorAnswersWithWhatItHasAndMarksWhatIsMissing() throws Exception {
        String care = "care-coordination-service";
        RunningPlatform.run("deploy/local/service", "stop", care);
        try {
            long started = System.nanoTime();
            Api.Response answer = get("/api/monitor/figures", REGISSEUR);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(took).as("answered within the sources' time limit, not hanging").isLessThan(Duration.ofSeconds(15));
            Map<String, Boolean> available = new java.util.HashMap<>();
            answer.json().path("sources").forEach(s -> available.put(s.path("source").asString(),
                    s.path("available").asBoolean()));
            assertThat(available).containsEntry(care, false).containsEntry("signal-service", true);
            boolean careTableMarked = false;
            for (JsonNode table : answer.json().path("tables")) {
                if (care.equals(table.path("source").asString())) {
                    assertThat(table.path("available").asBoolean()).as(table.path("id") + " marked missing").isFalse();
                    careTableMarked = true;
                } else if ("signal-service".equals(table.path("source").asString())) {
                    assertThat(table.path("available").asBoolean()).as(table.path("id") + " still there").isTrue();
                }
            }
            assertThat(careTableMarked).as("the care tables are in the answer, marked missing").isTrue();
        } finally {
            RunningPlatform.run("deploy/local/service", "start", care);
        }
    }

    @Test
    void onlyTheRegionsMonitorRolesSeeItAndNeverAnotherRegions() {
        assertThat(get("/api/monitor/figures", "af.zaanstad").status()).isEqualTo(403);
        assertThat(get("/api/monitor/figures", "zc.zaanstreek").status()).isEqualTo(403);
        String kennemerland = get("/api/monitor/figures?audience=REGIO", "regisseur.kennemerland").body();
        assertThat(kennemerland).as("Kennemerland's monitor holds none of Zaanstreek-Waterland's municipalities")
                .doesNotContain("GM0479").doesNotContain("Zaanstad");
        JsonNode national = get("/api/monitor/national", LEZER).json();
        assertThat(national.path("threshold").asInt()).as("the national view uses the public threshold").isEqualTo(5);
        assertThat(national.toString()).as("nothing below region level").doesNotContain("GM0479");
    }

    // --- helpers ------------------------------------------------------------------------------------

    /**
     * Feeds one answer's tables to the attack: every cell by what it counts, the totals of each table as relations.
     * Returns the number of suppressed cells.
     */
    private static int feed(DifferencingAttack attack, JsonNode report, int quarter, String area) {
        int suppressed = 0;
        String period = quarter == 0 ? "Y" : "Q" + quarter;
        for (JsonNode table : report.path("tables")) {
            if (!table.path("available").asBoolean()) {
                continue;
            }
            String id = table.path("id").asString();
            // a measure counted per year only shows whole years under a quarter filter, and its title says so:
            // those cells are the year's own cells, not the quarter's
            String cellPeriod = table.path("title").asString().contains("hele jaren") ? "Y" : period;
            List<String> rows = keys(table.path("rows"));
            List<String> columns = keys(table.path("columns"));
            boolean totals = table.path("totals").asBoolean();
            if (totals) {
                rows.set(rows.size() - 1, area); // the total row is the area itself
                columns.set(columns.size() - 1, "ALLE");
            }
            String[][] names = new String[rows.size()][columns.size()];
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < columns.size(); c++) {
                    // a table with totals has the area's municipalities as rows and the area as its total row; any
                    // other table is of the area asked for as a whole, so the area is part of what the cell counts
                    names[r][c] = id + "|" + (totals ? "" : area + "|") + cellPeriod + "|" + rows.get(r) + "|"
                            + columns.get(c);
                    JsonNode cell = table.path("cells").path(r).path(c);
                    String status = cell.path("status").asString();
                    if (status.contains("ONDERDRUKT")) {
                        attack.suppressed(names[r][c]);
                        suppressed++;
                    } else if (cell.has("value") && "GETOOND".equals(status)) {
                        attack.shown(names[r][c], cell.path("value").asLong());
                    }
                    if ("Y".equals(period)) {
                        attack.yearCell(names[r][c]);
                    }
                }
            }
            if (totals) {
                for (int r = 0; r < rows.size(); r++) {
                    List<String> parts = new ArrayList<>();
                    for (int c = 0; c < columns.size() - 1; c++) {
                        parts.add(names[r][c]);
                    }
                    attack.relation(names[r][columns.size() - 1], parts);
                }
                for (int c = 0; c < columns.size(); c++) {
                    List<String> parts = new ArrayList<>();
                    for (int r = 0; r < rows.size() - 1; r++) {
                        parts.add(names[r][c]);
                    }
                    attack.relation(names[rows.size() - 1][c], parts);
                }
            }
        }
        return suppressed;
    }

    private static List<String> keys(JsonNode labels) {
        List<String> keys = new ArrayList<>();
        labels.forEach(l -> keys.add(l.path("key").asString()));
        return keys;
    }

    private static Api.Response importCsv(String csv, String idempotencyKey) {
        return Api.call("POST", RunningPlatform.gatewayUrl() + "/api/monitor/partner-figures", Api.token(REGISSEUR),
                csv, Map.of("Content-Type", "text/csv", "Idempotency-Key", idempotencyKey));
    }

    private static List<JsonNode> partnerFigures(int year, String source) {
        Api.Response answer = get("/api/monitor/partner-figures?year=" + year, REGISSEUR);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<JsonNode> figures = new ArrayList<>();
        answer.json().forEach(f -> {
            if (source.equals(f.path("source").asString())) {
                figures.add(f);
            }
        });
        return figures;
    }

    private static Api.Response get(String pathAndQuery, String user) {
        return Api.get(RunningPlatform.gatewayUrl() + pathAndQuery, user);
    }
}
