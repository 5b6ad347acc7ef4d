package nl.mensenhandel.platform.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The legal basis an access rests on, by the function (realm role) the caller acts in: the same signal
 * read by the municipality's aandachtsfunctionaris rests on the municipal task, read at the casustafel on
 * the Zorg- en Veiligheidshuis covenant, by an inspector on the RIEC covenant. A service that knows
 * better (e.g. an enrichment under its own stated basis) passes its own text instead.
 *
 * <p>Sources: AVG (Regulation (EU) 2016/679) art. 6(1)(e) (public task), art. 9(2)(g)/(h) and art. 10
 * (special and criminal data); Wmo 2015 (municipal social support and shelter, incl. victims of human
 * trafficking); Gemeentewet art. 172 (public order); the regional RIEC covenant and the Zorg- en
 * Veiligheidshuis covenant (data sharing at the casusoverleg); NEN 7513 and AVG art. 32/39 for the
 * privacy officer's supervision of the log itself. Not legal advice: each region's DPIA confirms them.
 */
public enum LegalBasis {
    /** Source: Wmo 2015 and Gemeentewet art. 172 — the municipal task in the approach of human trafficking. */
    MUNICIPAL_TASK("Gemeentelijke taak aanpak mensenhandel (Wmo 2015; Gemeentewet art. 172); AVG art. 6 lid 1 sub e"),
    /** Source: the regional Zorg- en Veiligheidshuis covenant (casusoverleg mensenhandel). */
    ZVH_CONVENANT("ZVH-convenant, casusoverleg mensenhandel; AVG art. 6 lid 1 sub e, art. 9 lid 2 sub g"),
    /** Source: the RIEC covenant (bestuurlijke aanpak, integrale controle). */
    RIEC_CONVENANT("RIEC-convenant, bestuurlijke aanpak en integrale controle; AVG art. 6 lid 1 sub e, art. 10"),
    /** Source: Wmo 2015 — care, shelter and protection of victims. */
    WMO_CARE("Wmo 2015, opvang en zorg voor slachtoffers; AVG art. 6 lid 1 sub e, art. 9 lid 2 sub h"),
    /** Source: the municipal task — a report to the municipality (Wmo 2015). */
    REPORTING("Melding aan de gemeente (Wmo 2015); AVG art. 6 lid 1 sub e"),
    /** Source: the regional monitor, aggregated (AVG art. 89 safeguards). */
    MONITORING("Regionale monitor mensenhandel, geaggregeerd; AVG art. 6 lid 1 sub e, art. 89"),
    /** Source: AVG art. 32 and 39(1)(b), NEN 7513 — supervision of lawful access. */
    SUPERVISION("Toezicht op rechtmatige toegang; AVG art. 32 en art. 39 lid 1 sub b; NEN 7513"),
    /** Source: AVG art. 32 — running the region's configuration. */
    ADMINISTRATION("Beheer van de regionale inrichting; AVG art. 32"),
    /** Source: AVG art. 6(1)(e) — an anonymous reporter asking about their own report. */
    ANONYMOUS_REPORTER("Statusvraag van de anonieme melder over de eigen melding; AVG art. 6 lid 1 sub e"),
    /** A refused call rests on nothing: it is logged because it was tried. */
    NONE("Geen grondslag: geweigerde of onbekende toegang");

    public static final String PRIVACY_OFFICER = "privacy-officer";

    /** First match wins: one function per user in this realm, the order only settles unusual tokens. */
    private static final Map<String, LegalBasis> BY_ROLE = new LinkedHashMap<>();

    static {
        BY_ROLE.put(PRIVACY_OFFICER, SUPERVISION);
        BY_ROLE.put("aandachtsfunctionaris", MUNICIPAL_TASK);
        BY_ROLE.put("casustafel", ZVH_CONVENANT);
        BY_ROLE.put("handhaver", RIEC_CONVENANT);
        BY_ROLE.put("zorgcoordinator", WMO_CARE);
        BY_ROLE.put("zorgaanbieder", WMO_CARE);
        BY_ROLE.put("beleidsregisseur", MONITORING);
        BY_ROLE.put("monitor-lezer", MONITORING);
        BY_ROLE.put("regio-beheerder", ADMINISTRATION);
        BY_ROLE.put("melder", REPORTING);
    }

    private final String text;

    LegalBasis(String text) {
        this.text = text;
    }

    /** The text written into the log. */
    public String text() {
        return text;
    }

    /** The basis of the caller's function; {@link #NONE} for a caller without a platform role. */
    public static LegalBasis forRoles(Set<String> roles) {
        if (roles == null) {
            return NONE;
        }
        return BY_ROLE.entrySet().stream().filter(e -> roles.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(NONE);
    }
}
