package nl.mensenhandel.care.placements;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;

import nl.mensenhandel.care.eligibility.EligibilityOverride;
import nl.mensenhandel.care.providers.ContraIndication;
import nl.mensenhandel.care.trajectories.Gender;
import nl.mensenhandel.care.trajectories.StatusChange;
import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * A placement of a victim with a care provider (zorgaanbieder), as stored. The responsible municipality
 * (Wmo 2015 / Jeugdwet) pays; the provider decides which care-provider client may see it.
 *
 * @param informationForProvider what the provider needs to know (encrypted at rest)
 * @param victimGender           what the provider needs of the victim: gender ...
 * @param victimAge              ... and age in years when requested (null when unknown)
 * @param declineNote            the provider's note with a decline (encrypted at rest)
 * @param startedAt              when the victim arrived; null before
 * @param plannedEndAt           for a noodbed: arrival plus the location's maximum stay
 * @param noodbedAlertedAt       when the noodbed alert was raised (once)
 * @param createdAt              when the placement was requested (the list is newest first)
 * @param version                optimistic-locking counter: every transition is conditional on it and increases it
 * @param outbox                 notifications still to deliver ({@code nl.mensenhandel.platform.outbox})
 */
@org.springframework.data.mongodb.core.mapping.Document(Placement.COLLECTION)
@CompoundIndex(name = "provider-worklist", def = "{'region': 1, 'providerId': 1, 'createdAt': -1}")
public record Placement(
        @Id String id,
        String region,
        String trajectoryId,
        PlacementType placementType,
        String providerId,
        String locationId,
        PlacementStatus status,
        List<StatusChange> statusHistory,
        Instant reservedUntil,
        String responsibleMunicipalityCode,
        String comenshaReference,
        EligibilityOverride override,
        String informationForProvider,
        Gender victimGender,
        Integer victimAge,
        DeclineReason declineReason,
        ContraIndication contraIndication,
        String declineNote,
        Instant startedAt,
        Instant plannedEndAt,
        Instant endedAt,
        Destination destination,
        String followUpPlacementId,
        Instant noodbedAlertedAt,
        Instant createdAt,
        long version,
        List<Document> outbox) implements RegionScoped {

    public static final String COLLECTION = "placements";

    public Placement {
        statusHistory = statusHistory == null ? List.of() : List.copyOf(statusHistory);
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
    }
}
