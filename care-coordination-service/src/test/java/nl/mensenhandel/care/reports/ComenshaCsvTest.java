package nl.mensenhandel.care.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.care.placements.Destination;
import nl.mensenhandel.care.placements.PlacementStatus;
import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.care.trajectories.ExploitationForm;
import nl.mensenhandel.care.trajectories.Gender;
import nl.mensenhandel.care.trajectories.ResidenceStatus;
import nl.mensenhandel.care.trajectories.TrajectoryStatus;

/** The CSV: the contract's header, one line per placement or per victim without one, RFC 4180 quoting. */
class ComenshaCsvTest {

    static final Instant OPENED = Instant.parse("2026-02-01T09:00:00Z");

    @Test
    void headerThenOneLinePerPlacementOrPerVictimWithoutPlacements() {
        ReportedVictim placed = victim("CM-aaaaaaaaaaaa", List.of(
                new ReportedPlacement(PlacementType.NOODBED, PlacementStatus.BEEINDIGD,
                        Instant.parse("2026-02-01T12:00:00Z"), Instant.parse("2026-02-05T12:00:00Z"),
                        Destination.VERVOLGPLAATSING),
                new ReportedPlacement(PlacementType.SPECIALISTISCHE_OPVANG, PlacementStatus.GEPLAATST,
                        Instant.parse("2026-02-05T13:00:00Z"), null, null)));
        ReportedVictim waiting = victim("CM-bbbbbbbbbbbb", List.of());

        String csv = ComenshaCsv.of(new ComenshaReport("ijsselland", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), Instant.now(), List.of(placed, waiting)));

        assertThat(csv.split("\r\n", -1)).containsExactly(
                "pseudonym,gender,ageGroup,nationality,residenceStatus,exploitationForms,responsibleMunicipalityCode,"
                        + "trajectoryStatus,openedAt,placementType,placementStatus,startedAt,endedAt,destination",
                "CM-aaaaaaaaaaaa,VROUW,24-29,NL,NEDERLANDER,ARBEID|SEKSUEEL,GM0193,ACTIEF,2026-02-01T09:00:00Z,"
                        + "NOODBED,BEEINDIGD,2026-02-01T12:00:00Z,2026-02-05T12:00:00Z,VERVOLGPLAATSING",
                "CM-aaaaaaaaaaaa,VROUW,24-29,NL,NEDERLANDER,ARBEID|SEKSUEEL,GM0193,ACTIEF,2026-02-01T09:00:00Z,"
                        + "SPECIALISTISCHE_OPVANG,GEPLAATST,2026-02-05T13:00:00Z,,",
                "CM-bbbbbbbbbbbb,VROUW,24-29,NL,NEDERLANDER,ARBEID|SEKSUEEL,GM0193,ACTIEF,2026-02-01T09:00:00Z,,,,,",
                "");
    }

    @Test
    void fieldsWithCommaQuoteOrLineBreakAreQuotedWithQuotesDoubled() {
        assertThat(ComenshaCsv.quoted("plain")).isEqualTo("plain");
        assertThat(ComenshaCsv.quoted("a,b")).isEqualTo("\"a,b\"");
        assertThat(ComenshaCsv.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ComenshaCsv.quoted("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(ComenshaCsv.quoted("")).isEmpty();
    }

    private static ReportedVictim victim(String pseudonym, List<ReportedPlacement> placements) {
        return new ReportedVictim(pseudonym, Gender.VROUW, AgeGroup.FROM_24, "NL", ResidenceStatus.NEDERLANDER,
                List.of(ExploitationForm.ARBEID, ExploitationForm.SEKSUEEL), "GM0193", TrajectoryStatus.ACTIEF, OPENED,
                placements);
    }
}
