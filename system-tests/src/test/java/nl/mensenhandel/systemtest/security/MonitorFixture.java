package nl.mensenhandel.systemtest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.mensenhandel.systemtest.Api;
import nl.mensenhandel.systemtest.RunningPlatform;

/**
 * The monitor's part of the matrix's requests (issue 11): nothing to create beforehand — a partner-figures CSV of the
 * region's home municipality for the fixture year (with one figure the partner did not deliver, kept unknown), and
 * the home municipality's plateau answers for the fixture year at the version stored at that moment.
 */
final class MonitorFixture {

    private MonitorFixture() {
    }

    /** A valid partner-figures CSV: the police's count for the home municipality, and CoMensha's not yet known. */
    static String partnerFiguresCsv(String municipality) {
        return String.join("\n",
                "year;source;area;form;measure;value;kind;definition",
                CareFixture.COST_YEAR + ";POLITIE;" + municipality + ";SEKSUEEL;SLACHTOFFERS;7;WAARNEMING;"
                        + "Door de politie geregistreerde slachtoffers (systeemtest toegangsmatrix)",
                CareFixture.COST_YEAR + ";COMENSHA;" + municipality + ";ALLE;SLACHTOFFERS;onbekend;WAARNEMING;"
                        + "Nog niet bekend (systeemtest toegangsmatrix)") + "\n";
    }

    /** The body of putPlateauAssessment: no answers changed, at the version stored now (read as the beleidsregisseur). */
    static Map<String, Object> plateauAnswers(String region, String municipality) {
        var current = Api.get(RunningPlatform.gatewayUrl() + "/api/monitor/plateaus/" + municipality + "/"
                + CareFixture.COST_YEAR, Callers.role(region, "beleidsregisseur").name());
        assertThat(current.status()).as("the plateau assessment of " + municipality + ": " + current.body())
                .isEqualTo(200);
        return Map.of("version", current.json().path("version").asLong(), "answers", List.of());
    }
}
