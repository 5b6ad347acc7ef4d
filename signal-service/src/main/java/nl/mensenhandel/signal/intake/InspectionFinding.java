package nl.mensenhandel.signal.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.signal.signal.ExploitationForm;
import nl.mensenhandel.signal.signal.PersonRole;
import nl.mensenhandel.signal.signal.Reporter;
import nl.mensenhandel.signal.signal.SourceType;
import nl.mensenhandel.signal.signal.Urgency;

/**
 * A finding with trafficking indicators from an integrated inspection, as enforcement-service delivers it
 * ({@code NewInspectionSignal}), and how it becomes an ordinary intake {@link SignalIntake.Report}: source type
 * {@code INTEGRALE_CONTROLE}, the handhaver as reporter, and a description made of what the inspectors recorded.
 * A minor present becomes a possible victim who is a minor — the same as a reporter marking one at intake, so the
 * signal calls for the meldcode route (DOMAIN.md §9, IJsselland).
 */
public record InspectionFinding(String region, String municipalityCode, String inspectionId, String findingId,
        String inspectionType, Instant observedAt, Set<ExploitationForm> forms, List<String> indicators,
        Integer personsPresent, Integer minorsPresent, Boolean overbewoning, String observations,
        InspectionReporter reporter) {

    /** Persons recorded as minors present at most: a count beyond this is stated in the description only. */
    static final int MAX_MINOR_PERSONS = 20;

    /** The handhaver who recorded the finding, from their token at the time. */
    public record InspectionReporter(String subject, String username, String organisation, String name,
            String email) {
    }

    /** The handhaver as the reporter the intake records (their subject makes it theirs in reported-by-me). */
    public TenantContext reporterIn() {
        return new TenantContext(reporter.subject(), reporter.username(), region, Set.of(municipalityCode),
                reporter.organisation(), null, Set.of());
    }

    public SignalIntake.Report toReport() {
        int minors = minorsPresent == null ? 0 : minorsPresent;
        List<SignalIntake.PersonReport> persons = new ArrayList<>();
        for (int i = 0; i < Math.min(minors, MAX_MINOR_PERSONS); i++) {
            persons.add(new SignalIntake.PersonReport(PersonRole.MOGELIJK_SLACHTOFFER, true, null, null, null, null,
                    null));
        }
        return new SignalIntake.Report(municipalityCode, null, forms, List.of(), null, SourceType.INTEGRALE_CONTROLE,
                new Reporter(null, reporter.name() == null ? reporter.username() : reporter.name(), reporter.email()),
                description(), observedAt, Urgency.NORMAAL, null, List.copyOf(persons), List.copyOf(indicators), null);
    }

    /** What the AF reads: the inspection's type, indicators, who was present, overbewoning and observations. */
    String description() {
        StringBuilder text = new StringBuilder("Integrale controle (").append(inspectionType).append("), inspectie ")
                .append(inspectionId).append(", bevinding ").append(findingId).append(".\n")
                .append("Signalen: ").append(String.join(", ", indicators)).append(".\n");
        if (personsPresent != null || minorsPresent != null) {
            text.append("Aanwezig: ").append(personsPresent == null ? "onbekend aantal" : personsPresent)
                    .append(" personen, waarvan ").append(minorsPresent == null ? 0 : minorsPresent)
                    .append(" minderjarig.\n");
        }
        if (overbewoning != null) {
            text.append(overbewoning ? "Overbewoning geconstateerd.\n" : "Geen overbewoning geconstateerd.\n");
        }
        if (observations != null && !observations.isBlank()) {
            text.append("Waarnemingen: ").append(observations.strip());
        }
        return text.toString().strip();
    }
}
