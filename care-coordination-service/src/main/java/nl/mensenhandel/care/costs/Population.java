package nl.mensenhandel.care.costs;

/** A municipality's population as the region counts it for its population key (CBS code, inhabitants). */
public record Population(String municipalityCode, long population) {
}
