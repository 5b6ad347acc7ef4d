package nl.mensenhandel.care.placements;

/** Requested from the provider, in the place, ended. The transition table comes with the placement slice. */
public enum PlacementStatus {
    AANGEVRAAGD, GEPLAATST, BEEINDIGD
}
