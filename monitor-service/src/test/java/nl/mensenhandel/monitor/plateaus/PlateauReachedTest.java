package nl.mensenhandel.monitor.plateaus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Per theme the highest plateau whose criteria are all JA; plateau 2 builds on plateau 1. */
class PlateauReachedTest {

    static final List<PlateauCriterion> CRITERIA = List.of(
            new PlateauCriterion("a-1a", "a", 1, "x", null),
            new PlateauCriterion("a-1b", "a", 1, "x", null),
            new PlateauCriterion("a-2a", "a", 2, "x", null),
            new PlateauCriterion("b-1a", "b", 1, "x", null),
            new PlateauCriterion("ibp-x", "ibp", 0, "x", null));

    private static Map<String, Integer> reached(Map<String, String> answers) {
        return PlateauReached.perTheme(CRITERIA, List.of("a", "b"), answers);
    }

    @Test
    void allJaReachesThePlateauAndPlateauTwoNeedsPlateauOne() {
        Map<String, String> answers = new HashMap<>(Map.of("a-1a", "JA", "a-1b", "JA", "a-2a", "JA", "b-1a", "JA"));
        assertThat(reached(answers)).containsExactly(Map.entry("a", 2), Map.entry("b", 1));

        answers.put("a-1b", "DEELS");
        assertThat(reached(answers)).containsEntry("a", 0);

        answers.put("a-1b", "JA");
        answers.put("a-2a", "ONBEKEND");
        assertThat(reached(answers)).containsEntry("a", 1);
    }

    @Test
    void nothingAnsweredIsPlateauZeroAndAThemeWithoutPlateauTwoStopsAtOne() {
        assertThat(reached(Map.of())).containsExactly(Map.entry("a", 0), Map.entry("b", 0));
        assertThat(reached(Map.of("b-1a", "JA"))).containsEntry("b", 1);
    }
}
