package nl.mensenhandel.care.placements;

/**
 * Requested outside the platform, reserved (a place held until {@code reservedUntil}), accepted, declined, expired,
 * placed (the victim is in the place), ended. The allowed moves are one table ({@code PlacementTransitions}).
 */
public enum PlacementStatus {
    AANGEVRAAGD, GERESERVEERD, GEACCEPTEERD, AFGEWEZEN, VERLOPEN, GEPLAATST, BEEINDIGD
}
