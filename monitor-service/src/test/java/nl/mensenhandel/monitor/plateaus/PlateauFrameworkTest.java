package nl.mensenhandel.monitor.plateaus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.monitor.plateaus.PlateauProperties.CriterionEntry;

/** The configured criteria are checked at start. */
class PlateauFrameworkTest {

    @Test
    void themesInOrderWithoutTheIbpAgreements() {
        PlateauFramework framework = new PlateauFramework(new PlateauProperties(List.of(
                new CriterionEntry("b-1a", "beleidsmatige-basis", 1, "tekst", null),
                new CriterionEntry("o-1a", "opvang-en-zorg", 1, "tekst", EvidenceKind.ZORGTRAJECTEN),
                new CriterionEntry("ibp-beleid", "ibp", 0, "tekst", null))));
        assertThat(framework.themes()).containsExactly("beleidsmatige-basis", "opvang-en-zorg");
        assertThat(framework.find("o-1a")).get().extracting(PlateauCriterion::evidence)
                .isEqualTo(EvidenceKind.ZORGTRAJECTEN);
        assertThat(framework.find("nope")).isEmpty();
    }

    @Test
    void badCriteriaFailTheStart() {
        assertThatThrownBy(() -> new PlateauFramework(new PlateauProperties(List.of(
                new CriterionEntry("x", "t", 1, "tekst", null),
                new CriterionEntry("x", "t", 3, "tekst", null),
                new CriterionEntry("Bad Id", "", 1, " ", null),
                new CriterionEntry("ibp-x", "ibp", 1, "tekst", null)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("id used twice")
                .hasMessageContaining("plateau must be 0 for an IBP agreement and 1 or 2")
                .hasMessageContaining("id must match")
                .hasMessageContaining("theme is required")
                .hasMessageContaining("text is required");
        assertThatThrownBy(() -> new PlateauFramework(new PlateauProperties(null)))
                .hasMessageContaining("no criteria configured");
    }
}
