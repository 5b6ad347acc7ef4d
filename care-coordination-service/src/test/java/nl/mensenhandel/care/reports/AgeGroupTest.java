package nl.mensenhandel.care.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The age groups' boundaries: the last day of a group and the first of the next. */
class AgeGroupTest {

    @Test
    void everyBoundaryFallsInTheRightGroup() {
        assertThat(AgeGroup.of(0).label()).isEqualTo("0-17");
        assertThat(AgeGroup.of(17).label()).isEqualTo("0-17");
        assertThat(AgeGroup.of(18).label()).isEqualTo("18-23");
        assertThat(AgeGroup.of(23).label()).isEqualTo("18-23");
        assertThat(AgeGroup.of(24).label()).isEqualTo("24-29");
        assertThat(AgeGroup.of(29).label()).isEqualTo("24-29");
        assertThat(AgeGroup.of(30).label()).isEqualTo("30-39");
        assertThat(AgeGroup.of(39).label()).isEqualTo("30-39");
        assertThat(AgeGroup.of(40).label()).isEqualTo("40-49");
        assertThat(AgeGroup.of(49).label()).isEqualTo("40-49");
        assertThat(AgeGroup.of(50).label()).isEqualTo("50+");
        assertThat(AgeGroup.of(97).label()).isEqualTo("50+");
    }

    @Test
    void anUnknownBirthDateIsOnbekend() {
        assertThat(AgeGroup.of(null).label()).isEqualTo("ONBEKEND");
        assertThat(AgeGroup.of(-1).label()).isEqualTo("ONBEKEND");
    }
}
