package nl.mensenhandel.enforcement.designations;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * Rule {@value #RULE}: everyone who acts for a municipality in an inspection (the handhaver who records it and
 * every team member, each for the municipality they act for) holds a designation (aanwijzingsbesluit) of that
 * municipality valid on the inspection date. A designation {@code underMandateOf} an omgevingsdienst counts only
 * while that organisation holds the municipality's mandate with task {@code TOEZICHT}, valid on that date.
 * <p>
 * Source: Awb art. 5:11 ("Onder toezichthouder wordt verstaan: een persoon, bij of krachtens wettelijk voorschrift
 * belast met het houden van toezicht op de naleving van het bepaalde bij of krachtens enig wettelijk voorschrift")
 * with Gemeentewet art. 125 / Woningwet art. 92 (the municipality designates its toezichthouders), and Awb art.
 * 10:1–10:12 (mandate: an omgevingsdienst acts only within the mandate the municipality gave it).
 */
public final class ActingUnderDesignation {

    public static final String RULE = "acting-under-designation";

    private ActingUnderDesignation() {
    }

    /**
     * @param actors       who acts, each for one municipality
     * @param date         the inspection date
     * @param designations the designations of those actors (any municipality, any date)
     * @param mandates     the mandates of the municipalities concerned
     */
    public static PolicyDecision decide(Collection<Actor> actors, LocalDate date, Collection<Designation> designations,
            Collection<Mandate> mandates) {
        Map<String, Mandate> mandateOf = mandates.stream()
                .collect(Collectors.toMap(Mandate::municipalityCode, Function.identity(), (a, b) -> a));
        for (Actor actor : actors) {
            boolean designated = designations.stream()
                    .filter(d -> d.username().equals(actor.username())
                            && d.municipalityCode().equals(actor.municipalityCode()))
                    .anyMatch(d -> d.validOn(date) && mandateHolds(d, mandateOf.get(d.municipalityCode()), date));
            if (!designated) {
                return rejected(RULE, ProblemType.UNPROCESSABLE, actor.username()
                        + " holds no designation of " + actor.municipalityCode() + " valid on " + date
                        + " (directly or under a mandate with task TOEZICHT)");
            }
        }
        return allowed();
    }

    private static boolean mandateHolds(Designation designation, Mandate mandate, LocalDate date) {
        if (designation.underMandateOf() == null || designation.underMandateOf().isBlank()) {
            return true;
        }
        return mandate != null && mandate.organisation().equals(designation.underMandateOf())
                && mandate.covers(Mandate.TOEZICHT) && mandate.validOn(date);
    }
}
