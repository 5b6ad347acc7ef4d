package nl.mensenhandel.care.providers;

import java.util.Set;

import nl.mensenhandel.care.placements.PlacementType;

/**
 * One location of a care provider, from the region's catalogue (configuration, no personal data).
 *
 * @param gender              whom it takes: {@code VROUW}, {@code MAN} or {@code ALLE}
 * @param minAge              youngest age taken (null: no limit)
 * @param maxAge              oldest age taken (null: no limit)
 * @param catchment           {@code REGIO}: victims who live, work or were found in the region; {@code LANDELIJK}
 * @param noodbedMaximumStayDays for a noodbed, the maximum stay the provider set (null otherwise)
 * @param publishesCapacity   whether the provider publishes capacity and answers requests through the platform
 */
public record CareLocation(
        String id,
        String providerId,
        String name,
        Set<PlacementType> placementTypes,
        LocationGender gender,
        Integer minAge,
        Integer maxAge,
        Catchment catchment,
        Set<ContraIndication> contraIndications,
        Integer noodbedMaximumStayDays,
        boolean publishesCapacity) {

    public CareLocation {
        placementTypes = placementTypes == null ? Set.of() : Set.copyOf(placementTypes);
        contraIndications = contraIndications == null ? Set.of() : Set.copyOf(contraIndications);
        gender = gender == null ? LocationGender.ALLE : gender;
        catchment = catchment == null ? Catchment.REGIO : catchment;
    }

    public enum LocationGender {
        VROUW, MAN, ALLE
    }

    public enum Catchment {
        REGIO, LANDELIJK
    }
}
