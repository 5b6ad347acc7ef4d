package nl.mensenhandel.enforcement.instruments;

import java.util.Map;

/**
 * A municipality's own enforcement choices.
 *
 * @param licenceCaps per permit type the most licences granted at once (absent: no cap), e.g. Alblasserdam
 *                    RAAMPROSTITUTIE 0, SEKSINRICHTING 1
 */
public record MunicipalPolicy(Map<String, String> articles, boolean housingByLawDesignatesFine,
        Map<String, Integer> licenceCaps) {

    public static final MunicipalPolicy MODEL = new MunicipalPolicy(Map.of(), false, Map.of());
}
