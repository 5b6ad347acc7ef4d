package nl.mensenhandel.monitor.plateaus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule {@value #RULE}: per VNG theme, the highest plateau whose criteria are all answered {@code JA} (contract
 * PlateauAssessment.plateauReached; 0 when none). Plateau 2 builds on plateau 1 (bijlage 3 of the
 * Zaanstreek-Waterland plan: plateau 1 "een basisniveau voor alle gemeenten", plateau 2 "optionele bouwstenen"), so
 * it counts only when plateau 1 is reached; a plateau without criteria in the source (opvang en hulpverlening lists
 * plateau 1 only) cannot be reached. IBP agreements belong to no plateau.
 */
public final class PlateauReached {

    public static final String RULE = "plateau-reached-when-all-criteria-ja";

    private PlateauReached() {
    }

    /** @param answers answer per criterion id ({@code ONBEKEND} where none) */
    public static Map<String, Integer> perTheme(List<PlateauCriterion> criteria, List<String> themes,
            Map<String, String> answers) {
        Map<String, Integer> reached = new LinkedHashMap<>();
        for (String theme : themes) {
            int plateau = 0;
            for (int level = 1; level <= 2 && plateau == level - 1; level++) {
                int at = level;
                List<PlateauCriterion> ofLevel = criteria.stream()
                        .filter(c -> c.theme().equals(theme) && c.plateau() == at).toList();
                if (!ofLevel.isEmpty() && ofLevel.stream()
                        .allMatch(c -> PlateauAnswer.JA.equals(answers.get(c.id())))) {
                    plateau = level;
                }
            }
            reached.put(theme, plateau);
        }
        return reached;
    }
}
