package nl.mensenhandel.platform.mongo;

import java.util.List;

/**
 * A region-scoped document that its owning region has explicitly shared with other regions for reading
 * (e.g. a signal whose possible victim lives in another region). {@link RegionScopedMongo} then reads it
 * for every region in {@value #FIELD}, which always holds the owner too; writes stay with the owner.
 */
public interface SharedAcrossRegions extends RegionScoped {

    String FIELD = "readableByRegions";

    List<String> readableByRegions();
}
