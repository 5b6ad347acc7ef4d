package nl.mensenhandel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * Anonymous intake is off unless a municipality's regio-beheerder opens it (README "Meldpunten"). A system test
 * that reports anonymously opens it first for the municipality it uses, as that regio-beheerder, through the
 * gateway — it never relies on the demo data for it.
 */
public final class AnonymousIntake {

    public static final Map<String, String> MELD_MISDAAD_ANONIEM = Map.of("name", "Meld Misdaad Anoniem",
            "forWhat", "Anoniem melden", "phone", "0800-7000", "url", "https://www.meldmisdaadanoniem.nl");

    private AnonymousIntake() {
    }

    /** Opens anonymous intake for the municipality, as the regio-beheerder of its region. */
    public static void open(String regioBeheerder, String municipality) {
        set(regioBeheerder, municipality, true);
    }

    /** Sets anonymous intake on or off, with Meld Misdaad Anoniem as the place to report instead. */
    public static void set(String regioBeheerder, String municipality, boolean anonymousIntake) {
        var response = Api.put(RunningPlatform.gatewayUrl() + "/api/signals/meldpunten/" + municipality,
                regioBeheerder, Map.of("anonymousIntake", anonymousIntake, "alternatives",
                        List.of(MELD_MISDAAD_ANONIEM)));
        assertThat(response.status()).as("PUT meldpunt " + municipality + ": " + response.body()).isEqualTo(200);
    }
}
