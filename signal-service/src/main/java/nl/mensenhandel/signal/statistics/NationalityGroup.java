package nl.mensenhandel.signal.statistics;

import java.util.Set;

/**
 * The nationality groups the monitor shows for possible victims (issue 11 §1: a profile, never a person): Dutch,
 * another EU member state, outside the EU, or not known. A nationality is an ISO 3166-1 alpha-2 or alpha-3 code
 * (contract {@code Person.nationality}).
 */
public enum NationalityGroup {
    NL, EU, BUITEN_EU, ONBEKEND;

    private static final Set<String> NETHERLANDS = Set.of("NL", "NLD");

    /** The 26 other member states of the European Union (since 1 February 2020), alpha-2 and alpha-3. */
    static final Set<String> OTHER_EU_MEMBER_STATES = Set.of(
            "AT", "AUT", "BE", "BEL", "BG", "BGR", "HR", "HRV", "CY", "CYP", "CZ", "CZE", "DK", "DNK", "EE", "EST",
            "FI", "FIN", "FR", "FRA", "DE", "DEU", "GR", "GRC", "HU", "HUN", "IE", "IRL", "IT", "ITA", "LV", "LVA",
            "LT", "LTU", "LU", "LUX", "MT", "MLT", "PL", "POL", "PT", "PRT", "RO", "ROU", "SK", "SVK", "SI", "SVN",
            "ES", "ESP", "SE", "SWE");

    public static NationalityGroup of(String nationality) {
        if (nationality == null || nationality.isBlank()) {
            return ONBEKEND;
        }
        String code = nationality.trim().toUpperCase(java.util.Locale.ROOT);
        if (NETHERLANDS.contains(code)) {
            return NL;
        }
        return OTHER_EU_MEMBER_STATES.contains(code) ? EU : BUITEN_EU;
    }
}
