package nl.mensenhandel.care.reports;

import java.time.Instant;

import nl.mensenhandel.care.placements.Destination;
import nl.mensenhandel.care.placements.PlacementStatus;
import nl.mensenhandel.care.placements.PlacementType;

/** A placement as the CoMensha report shows it: kind, status, when, where to — never the provider's notes. */
public record ReportedPlacement(PlacementType placementType, PlacementStatus status, Instant startedAt,
        Instant endedAt, Destination destination) {
}
