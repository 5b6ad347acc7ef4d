package nl.mensenhandel.care.reports;

import java.util.Base64;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.BlindIndex;

/**
 * The pseudonym of a trajectory in the CoMensha report: {@code CM-} and 12 hex characters of the region's keyed PRF
 * (platform-support {@link BlindIndex}) over the trajectory id. Stable per trajectory (every report of every period
 * gives the same pseudonym, so CoMensha can follow a victim over reports); not reversible and not linkable to
 * another region's reports without the region's key (AVG art. 4 lid 5: pseudonymisation). A rotation of the
 * region's index key gives new pseudonyms from then on.
 */
@Component
public class Pseudonyms {

    static final String PURPOSE = "comensha-pseudonym";
    private static final int BYTES = 6;

    private final BlindIndex index;

    public Pseudonyms(BlindIndex index) {
        this.index = index;
    }

    public String of(String region, String trajectoryId) {
        String token = index.token(region, PURPOSE, trajectoryId);
        byte[] prf = Base64.getUrlDecoder().decode(token.substring(token.lastIndexOf(':') + 1));
        return "CM-" + HexFormat.of().formatHex(prf, 0, BYTES);
    }
}
