package nl.mensenhandel.platform.mongo;

/** A document that belongs to exactly one region (tenant). Stored in the field {@value #FIELD}. */
public interface RegionScoped {

    String FIELD = "region";

    String region();
}
