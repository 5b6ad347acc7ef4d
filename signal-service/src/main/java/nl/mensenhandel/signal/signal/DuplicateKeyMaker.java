package nl.mensenhandel.signal.signal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nl.mensenhandel.platform.crypto.BlindIndex;

/**
 * Turns what a reporter says about an address, a business and persons into comparable keys. A person's
 * identifying hint becomes a keyed HMAC per region: the same person gives the same key within a region,
 * the key cannot be turned back into the hint, and keys of different regions cannot be linked.
 * The address and business — stored encrypted — are compared through blind-index tokens of their
 * normalised keys (issue 6 §3: equality search without decrypting a collection).
 */
public class DuplicateKeyMaker {

    static final String ADDRESS = "signal.address";
    static final String BUSINESS = "signal.business";

    private final byte[] secret;
    private final BlindIndex index;

    public DuplicateKeyMaker(String secret, BlindIndex index) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.index = index;
    }

    /** The keys stored with a new signal: address and business as blind-index tokens of the region. */
    public DuplicateKeys keys(String region, Location location, List<String> personKeys) {
        return new DuplicateKeys(index.token(region, ADDRESS, addressKey(location)),
                index.token(region, BUSINESS, businessKey(location)), personKeys);
    }

    /** The address tokens to search for in {@code region}: one per key of its keyset (rotation). */
    public List<String> addressSearchTokens(String region, Location location) {
        return index.searchTokens(region, ADDRESS, addressKey(location));
    }

    /** The business tokens to search for in {@code region}: one per key of its keyset (rotation). */
    public List<String> businessSearchTokens(String region, Location location) {
        return index.searchTokens(region, BUSINESS, businessKey(location));
    }

    public String personKey(String region, String identifyingHint) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(region.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(normalise(identifyingHint).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Postcode + house number when known (the Dutch address key), else street + number + city. */
    static String addressKey(Location location) {
        if (location == null || location.houseNumber() == null) {
            return null;
        }
        String number = normalise(location.houseNumber());
        if (location.postcode() != null) {
            return "pc:" + location.postcode().replace(" ", "").toUpperCase(Locale.ROOT) + "|" + number;
        }
        if (location.street() != null && location.city() != null) {
            return "st:" + normalise(location.street()) + "|" + number + "|" + normalise(location.city());
        }
        return null;
    }

    /** The KvK number when known, else the normalised business name. */
    static String businessKey(Location location) {
        if (location == null) {
            return null;
        }
        if (location.kvkNumber() != null) {
            return "kvk:" + location.kvkNumber();
        }
        return location.businessName() == null ? null : "name:" + normalise(location.businessName());
    }

    private static String normalise(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
