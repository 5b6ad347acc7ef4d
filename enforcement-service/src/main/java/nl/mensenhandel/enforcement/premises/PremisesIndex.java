package nl.mensenhandel.enforcement.premises;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.BlindIndex;

/**
 * Equality of premises without decrypting addresses (issue 6 §3): a blind index of the normalised address —
 * postcode without spaces in upper case and house number (with addition) in lower case without spaces or dashes; a
 * Dutch postcode with house number names one address, so the street and city spelling do not matter.
 */
@Component
public class PremisesIndex {

    static final String PURPOSE = "premises";

    private final BlindIndex index;

    public PremisesIndex(BlindIndex index) {
        this.index = index;
    }

    static String normalised(Premises premises) {
        return premises.postcode().replaceAll("\\s", "").toUpperCase(Locale.ROOT) + "|"
                + premises.houseNumber().replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /** The token to store with the record. */
    public String token(String region, Premises premises) {
        return index.token(region, PURPOSE, normalised(premises));
    }

    /** The tokens to search for (every key of the region). */
    public List<String> searchTokens(String region, Premises premises) {
        return index.searchTokens(region, PURPOSE, normalised(premises));
    }
}
