package nl.mensenhandel.platform.tenancy;

/** The realm roles of the shared Keycloak realm: one per function (ARCHITECTURE.md). */
public final class Roles {
    public static final String MELDER = "melder";
    public static final String AANDACHTSFUNCTIONARIS = "aandachtsfunctionaris";
    public static final String CASUSTAFEL = "casustafel";
    public static final String ZORGCOORDINATOR = "zorgcoordinator";
    public static final String ZORGAANBIEDER = "zorgaanbieder";
    public static final String HANDHAVER = "handhaver";
    public static final String BELEIDSREGISSEUR = "beleidsregisseur";
    public static final String MONITOR_LEZER = "monitor-lezer";
    public static final String REGIO_BEHEERDER = "regio-beheerder";

    private Roles() {
    }
}
