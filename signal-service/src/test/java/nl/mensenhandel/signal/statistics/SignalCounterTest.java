package nl.mensenhandel.signal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.statistics.StatisticsTable;
import nl.mensenhandel.signal.links.LinkKind;
import nl.mensenhandel.signal.links.SignalLink;

/**
 * The monitor's counts of a handful of signals: raw keeps duplicates, unique leaves the merged-away one out, repeat
 * victimisation counts all but the earliest of a SAME_PERSON group, a two-form signal counts under both forms, the
 * possible victims' age and nationality groups, and the median days to the first decision.
 */
class SignalCounterTest {

    static final Instant JAN = Instant.parse("2024-01-10T10:00:00Z");
    static final Instant MAY = Instant.parse("2024-05-10T10:00:00Z");

    static SignalFacts signal(String id, Instant received, List<String> forms, Instant decided,
            SignalFacts.Victim... victims) {
        return new SignalFacts(id, "GM0479", forms, "PROFESSIONAL", received, decided, List.of(victims));
    }

    static SignalLink link(String a, String b, LinkKind kind) {
        return new SignalLink(a + b, "zaanstreek-waterland", a, b, kind, "r", "af", JAN, null, null, null,
                kind == LinkKind.MERGE ? b : null);
    }

    static long count(StatisticsTable table, String measure, Map<String, String> dimensions) {
        return table.cells().stream().filter(c -> c.measure().equals(measure) && c.dimensions().equals(dimensions))
                .mapToLong(StatisticsTable.Cell::count).sum();
    }

    static long total(StatisticsTable table, String measure) {
        return table.cells().stream().filter(c -> c.measure().equals(measure)).mapToLong(StatisticsTable.Cell::count)
                .sum();
    }

    static Map<String, String> cell(String quarter, String form) {
        return Map.of("year", "2024", "quarter", quarter, "municipalityCode", "GM0479", "form", form, "source",
                "PROFESSIONAL");
    }

    /** a and b the same situation (b merged into a); c and d about the same person as a; e on its own. */
    StatisticsTable counted() {
        SignalCounter counter = new SignalCounter(Set.of("b"),
                List.of(link("a", "b", LinkKind.MERGE), link("c", "a", LinkKind.SAME_PERSON),
                        link("d", "c", LinkKind.SAME_PERSON)));
        counter.accept(signal("c", MAY, List.of("ARBEID"), MAY.plusSeconds(3 * 86_400)));
        counter.accept(signal("a", JAN, List.of("ARBEID", "SEKSUEEL"), JAN.plusSeconds(86_400)));
        counter.accept(signal("b", JAN, List.of("ARBEID"), JAN.plusSeconds(10 * 86_400)));
        counter.accept(signal("d", MAY, List.of(), null));
        counter.accept(signal("e", MAY, List.of("CRIMINEEL"), MAY.plusSeconds(7 * 86_400)));
        return counter.table("zaanstreek-waterland", MAY);
    }

    @Test
    void rawCountsDuplicatesUniqueLeavesTheMergedOneOut() {
        StatisticsTable table = counted();
        assertThat(count(table, SignalCounter.RAW, cell("1", "ARBEID"))).isEqualTo(2);
        assertThat(count(table, SignalCounter.UNIQUE, cell("1", "ARBEID"))).isEqualTo(1);
        // five signals, a counted under two forms: six raw cells' worth, five unique
        assertThat(total(table, SignalCounter.RAW)).isEqualTo(6);
        assertThat(total(table, SignalCounter.UNIQUE)).isEqualTo(5);
    }

    @Test
    void aSignalWithTwoFormsCountsUnderBothAndOneWithoutAFormAsOnbekend() {
        StatisticsTable table = counted();
        assertThat(count(table, SignalCounter.RAW, cell("1", "SEKSUEEL"))).isEqualTo(1);
        assertThat(count(table, SignalCounter.RAW, cell("2", "ONBEKEND"))).isEqualTo(1);
        assertThat(table.cells()).allMatch(c -> c.count() > 0);
    }

    /** a is the earliest of its person's signals; c and d came later: two repeats, and the duplicate b none. */
    @Test
    void repeatVictimisationCountsAllButTheEarliestOfAPerson() {
        StatisticsTable table = counted();
        assertThat(total(table, SignalCounter.REPEAT)).isEqualTo(2);
        assertThat(count(table, SignalCounter.REPEAT, cell("2", "ARBEID"))).isEqualTo(1);
        assertThat(count(table, SignalCounter.REPEAT, cell("2", "ONBEKEND"))).isEqualTo(1);
        assertThat(count(table, SignalCounter.REPEAT, cell("1", "ARBEID"))).isZero();
    }

    /** Unique decided signals a (1 day), c (3), e (7): median 3; the duplicate b (10) is not observed. */
    @Test
    void theMedianDaysToTheFirstDecisionAreOverUniqueDecidedSignals() {
        assertThat(counted().durations()).containsExactly(
                new StatisticsTable.Median(SignalCounter.TO_FIRST_DECISION, Map.of("year", "2024"), 3, 3.0));
    }

    @Test
    void possibleVictimsByAgeGroupGenderAndNationalityGroupInUniqueSignalsOnly() {
        SignalCounter counter = new SignalCounter(Set.of("dup"), List.of());
        counter.accept(signal("s", MAY, List.of("ARBEID", "SEKSUEEL"), null,
                new SignalFacts.Victim(true, null, "VROUW", "ROU"),
                new SignalFacts.Victim(null, 2004, "MAN", "NLD"),
                new SignalFacts.Victim(false, 1990, null, "UA"),
                new SignalFacts.Victim(null, null, "X", null)));
        counter.accept(signal("dup", MAY, List.of("ARBEID"), null, new SignalFacts.Victim(true, null, "VROUW", "RO")));
        StatisticsTable table = counter.table("zaanstreek-waterland", MAY);
        assertThat(count(table, SignalCounter.VICTIMS, Map.of("year", "2024", "form", "ARBEID", "ageGroup",
                "MINDERJARIG", "gender", "VROUW", "nationalityGroup", "EU"))).isEqualTo(1);
        assertThat(count(table, SignalCounter.VICTIMS, Map.of("year", "2024", "form", "SEKSUEEL", "ageGroup",
                "18-22", "gender", "MAN", "nationalityGroup", "NL"))).isEqualTo(1);
        assertThat(count(table, SignalCounter.VICTIMS, Map.of("year", "2024", "form", "ARBEID", "ageGroup",
                "30-49", "gender", "ONBEKEND", "nationalityGroup", "BUITEN_EU"))).isEqualTo(1);
        assertThat(count(table, SignalCounter.VICTIMS, Map.of("year", "2024", "form", "ARBEID", "ageGroup",
                "ONBEKEND", "gender", "X", "nationalityGroup", "ONBEKEND"))).isEqualTo(1);
        // four persons under two forms; the duplicate's person is not counted again
        assertThat(total(table, SignalCounter.VICTIMS)).isEqualTo(8);
    }

    @Test
    void ageGroupsFromMinorOrYearOfBirthAtTheYearOfReceipt() {
        assertThat(AgeGroup.of(true, 1950, 2024)).isEqualTo("MINDERJARIG");
        assertThat(AgeGroup.of(null, 2007, 2024)).isEqualTo("MINDERJARIG");
        assertThat(AgeGroup.of(false, 2006, 2024)).isEqualTo("18-22");
        assertThat(AgeGroup.of(null, 2001, 2024)).isEqualTo("23-29");
        assertThat(AgeGroup.of(null, 1994, 2024)).isEqualTo("30-49");
        assertThat(AgeGroup.of(null, 1975, 2024)).isEqualTo("30-49");
        assertThat(AgeGroup.of(null, 1974, 2024)).isEqualTo("50+");
        assertThat(AgeGroup.of(false, null, 2024)).isEqualTo("ONBEKEND");
    }

    @Test
    void nationalityGroupsTheNetherlandsTheOther26MemberStatesTheRest() {
        assertThat(NationalityGroup.of("NL")).isEqualTo(NationalityGroup.NL);
        assertThat(NationalityGroup.of("nld")).isEqualTo(NationalityGroup.NL);
        assertThat(NationalityGroup.of("BGR")).isEqualTo(NationalityGroup.EU);
        assertThat(NationalityGroup.of("PL")).isEqualTo(NationalityGroup.EU);
        assertThat(NationalityGroup.of("GB")).isEqualTo(NationalityGroup.BUITEN_EU);
        assertThat(NationalityGroup.of("NGA")).isEqualTo(NationalityGroup.BUITEN_EU);
        assertThat(NationalityGroup.of(" ")).isEqualTo(NationalityGroup.ONBEKEND);
        assertThat(NationalityGroup.OTHER_EU_MEMBER_STATES).hasSize(52);
    }
}
