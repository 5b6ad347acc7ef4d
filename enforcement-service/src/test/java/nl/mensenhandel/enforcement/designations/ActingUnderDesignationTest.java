package nl.mensenhandel.enforcement.designations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;

class ActingUnderDesignationTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    static final String ZAANSTAD = "GM0479";
    static final String OOSTZAAN = "GM0431";

    @Test
    void allowedWhenEveryActorHoldsADesignationValidOnTheDay() {
        var decision = ActingUnderDesignation.decide(
                List.of(new Actor("h.zaanstad", ZAANSTAD), new Actor("collega", OOSTZAAN)), DAY,
                List.of(designation("h.zaanstad", ZAANSTAD, null, LocalDate.of(2024, 1, 1), null),
                        designation("collega", OOSTZAAN, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10))),
                List.of());
        assertThat(decision.isAllowed()).isTrue();
    }

    @Test
    void rejectedWhenAMemberHasNoDesignationOfTheMunicipalityTheyActFor() {
        var decision = ActingUnderDesignation.decide(
                List.of(new Actor("h.zaanstad", ZAANSTAD), new Actor("collega", ZAANSTAD)), DAY,
                List.of(designation("h.zaanstad", ZAANSTAD, null, LocalDate.of(2024, 1, 1), null),
                        designation("collega", OOSTZAAN, null, LocalDate.of(2024, 1, 1), null)),
                List.of());
        assertThat(decision).isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                r -> assertThat(r.rule()).isEqualTo(ActingUnderDesignation.RULE));
    }

    @Test
    void rejectedOutsideTheValidityOfTheDesignation() {
        assertThat(ActingUnderDesignation.decide(List.of(new Actor("h", ZAANSTAD)), DAY,
                List.of(designation("h", ZAANSTAD, null, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 3, 9))),
                List.of()).isAllowed()).isFalse();
        assertThat(ActingUnderDesignation.decide(List.of(new Actor("h", ZAANSTAD)), DAY,
                List.of(designation("h", ZAANSTAD, null, LocalDate.of(2026, 3, 11), null)), List.of()).isAllowed())
                .isFalse();
    }

    @Test
    void underMandateCountsOnlyWhileTheOrganisationHoldsTheMandateForToezicht() {
        Designation underMandate = designation("odzhz", ZAANSTAD, "Omgevingsdienst", LocalDate.of(2024, 1, 1), null);
        List<Actor> actor = List.of(new Actor("odzhz", ZAANSTAD));
        assertThat(ActingUnderDesignation.decide(actor, DAY, List.of(underMandate),
                List.of(mandate("Omgevingsdienst", List.of("TOEZICHT"), null))).isAllowed()).isTrue();
        assertThat(ActingUnderDesignation.decide(actor, DAY, List.of(underMandate), List.of()).isAllowed()).isFalse();
        assertThat(ActingUnderDesignation.decide(actor, DAY, List.of(underMandate),
                List.of(mandate("Omgevingsdienst", List.of("MAATREGELEN"), null))).isAllowed()).isFalse();
        assertThat(ActingUnderDesignation.decide(actor, DAY, List.of(underMandate),
                List.of(mandate("Andere dienst", List.of("TOEZICHT"), null))).isAllowed()).isFalse();
        assertThat(ActingUnderDesignation.decide(actor, DAY, List.of(underMandate),
                List.of(mandate("Omgevingsdienst", List.of("TOEZICHT"), LocalDate.of(2026, 1, 1)))).isAllowed())
                .isFalse();
    }

    static Designation designation(String username, String municipality, String underMandateOf, LocalDate from,
            LocalDate until) {
        return new Designation(Designation.idOf(municipality, username), "zaanstreek-waterland", municipality, username,
                "BURGEMEESTER", underMandateOf, "AWB-1", from, until, null, null);
    }

    static Mandate mandate(String organisation, List<String> tasks, LocalDate until) {
        return new Mandate(ZAANSTAD, "zaanstreek-waterland", ZAANSTAD, organisation, "M-1", LocalDate.of(2024, 1, 1),
                until, tasks, null, null);
    }
}
