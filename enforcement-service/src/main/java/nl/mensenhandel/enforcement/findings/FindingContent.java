package nl.mensenhandel.enforcement.findings;

import java.time.Instant;
import java.util.List;

import nl.mensenhandel.enforcement.api.model.NewFinding;

/**
 * What a field tool sends of a finding, canonical (instant in UTC): equal content is a repeat, other content a
 * conflict. Derived and server-made fields are not part of it.
 */
public record FindingContent(Instant observedAt, int personsPresent, Integer personsRegisteredInBrp,
        Double usableFloorAreaM2, Integer sleepingPlaces, Integer minorsPresent, String fireSafety, String sanitation,
        List<Indicator> traffickingIndicators, String observations) {

    public static FindingContent of(NewFinding f) {
        return new FindingContent(f.getObservedAt().toInstant(), f.getPersonsPresent(), f.getPersonsRegisteredInBrp(),
                f.getUsableFloorAreaM2(), f.getSleepingPlaces(), f.getMinorsPresent(),
                f.getFireSafety() == null ? null : f.getFireSafety().getValue(),
                f.getSanitation() == null ? null : f.getSanitation().getValue(),
                f.getTraffickingIndicators() == null ? List.of() : f.getTraffickingIndicators().stream()
                        .map(i -> new Indicator(i.getForm().getValue(), i.getIndicator())).toList(),
                f.getObservations());
    }

    /** The stored finding's content, observations already decrypted. */
    public static FindingContent of(InspectionFinding f, String observations) {
        return new FindingContent(f.observedAt(), f.personsPresent(), f.personsRegisteredInBrp(),
                f.usableFloorAreaM2(), f.sleepingPlaces(), f.minorsPresent(), f.fireSafety(), f.sanitation(),
                f.traffickingIndicators(), observations);
    }

    public boolean hasIndicators() {
        return !traffickingIndicators.isEmpty();
    }
}
