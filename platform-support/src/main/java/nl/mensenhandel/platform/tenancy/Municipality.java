package nl.mensenhandel.platform.tenancy;

/**
 * A municipality (gemeente) with its CBS code, the region it belongs to for this platform and,
 * where the sources give it, its population (used for cost keys and rates per inhabitant).
 */
public record Municipality(String code, String name, String region, Integer population) {
}
