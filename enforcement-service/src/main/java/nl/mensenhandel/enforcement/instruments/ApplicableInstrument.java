package nl.mensenhandel.enforcement.instruments;

/**
 * An instrument as it applies on a date in a municipality: the version in force, its legal basis with the
 * municipality's own article where that overrides the model's.
 *
 * @param municipalArticle the municipality's own article number, or null where it follows the model
 */
public record ApplicableInstrument(Instrument instrument, InstrumentVersion version, String legalBasis,
        String municipalArticle) {
}
