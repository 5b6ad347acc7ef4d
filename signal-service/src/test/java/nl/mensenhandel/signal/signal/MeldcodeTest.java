package nl.mensenhandel.signal.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Rule meldcode-for-minor-victim (DOMAIN.md §9). */
class MeldcodeTest {

    static Signal with(Person... persons) {
        return Signal.builder().id("s").observedAt(Instant.parse("2026-11-01T22:00:00Z")).persons(List.of(persons))
                .build();
    }

    static Person person(PersonRole role, Boolean minor, Integer yearOfBirth) {
        return new Person(role, minor, yearOfBirth, null, null, null, null);
    }

    @Test
    void meldcodeForMinorVictim_aVictimMarkedMinorFlagsVeiligThuis() {
        assertThat(Meldcode.of(with(person(PersonRole.MOGELIJK_SLACHTOFFER, true, null))))
                .contains(Meldcode.VEILIG_THUIS_MINOR);
    }

    @Test
    void meldcodeForMinorVictim_aYearOfBirthLessThan18YearsBeforeTheObservationFlagsItToo() {
        assertThat(Meldcode.of(with(person(PersonRole.MOGELIJK_SLACHTOFFER, null, 2009)))).isPresent(); // 16 or 17
        // 18 calendar years: maybe 17, maybe 18 — not certain, so only `minor` decides
        assertThat(Meldcode.of(with(person(PersonRole.MOGELIJK_SLACHTOFFER, null, 2008)))).isEmpty();
        assertThat(Meldcode.of(with(person(PersonRole.MOGELIJK_SLACHTOFFER, false, 1990)))).isEmpty();
    }

    @Test
    void meldcodeForMinorVictim_aMinorWhoIsNotAPossibleVictimFlagsNothing() {
        assertThat(Meldcode.of(with(person(PersonRole.GETUIGE, true, 2012),
                person(PersonRole.MOGELIJKE_DADER, true, null)))).isEmpty();
        assertThat(Meldcode.of(with())).isEmpty();
    }
}
