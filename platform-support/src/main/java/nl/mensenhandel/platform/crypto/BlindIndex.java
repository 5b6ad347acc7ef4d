package nl.mensenhandel.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.env.Environment;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;

/**
 * Keyed blind index for equality search on encrypted data (issue 6 §3: "never by decrypting a
 * collection"): a token that is equal for equal inputs within one region and purpose, and tells nothing
 * about the input without the region's key. Tokens of different regions or purposes differ, so they
 * cannot be linked across regions.
 * <p>
 * A token is {@code bi:<key id, 8 hex>:<base64url of a 128-bit Tink PRF (HMAC-SHA256) output>} over
 * {@code purpose, region, value}. Normalise the value before (case, spaces), as equality is exact.
 * <p>
 * <b>Rotation.</b> Write with {@link #token} (the primary key); search with {@link #searchTokens} (every
 * key of the region, primary first), so values indexed under an earlier key are still found until they
 * are re-indexed.
 * <p>
 * <b>Keys.</b> {@value #VARIABLE}: a JSON object of region → Tink JSON keyset of HMAC PRF keys, required
 * outside the {@code local} profile. Never the same keys as {@link FieldEncryption}'s.
 */
public final class BlindIndex {

    public static final String VARIABLE = "PLATFORM_BLIND_INDEX_KEYS";
    private static final String PREFIX = "bi:";
    private static final int TOKEN_BYTES = 16;

    static {
        try {
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Map<String, PrfSet> byRegion;

    BlindIndex(RegionKeysets keysets) {
        Map<String, PrfSet> prfs = new LinkedHashMap<>();
        keysets.byRegion().forEach((region, handle) -> prfs.put(region, prfSet(region, handle)));
        this.byRegion = Map.copyOf(prfs);
    }

    /**
     * The keys from {@value #VARIABLE} (property {@code platform.crypto.blind-index-keys}) for every region
     * of the reference data; under the {@code local} profile only, fixed development keys when it is unset.
     */
    public static BlindIndex fromEnvironment(Environment environment) {
        return new BlindIndex(RegionKeys.load(environment, KeyKind.BLIND_INDEX));
    }

    /** The token to store, under the region's primary key; null stays null. */
    public String token(String region, String purpose, String value) {
        if (value == null) {
            return null;
        }
        PrfSet prfs = prfs(region);
        try {
            return token(prfs.getPrimaryId(), prfs.getPrfs().get(prfs.getPrimaryId()), region, purpose, value);
        } catch (GeneralSecurityException e) {
            throw new FieldCryptoException("cannot index " + purpose + " in region " + region, e);
        }
    }

    /** The tokens to search for: one per key of the region, the primary's first. Empty for null. */
    public List<String> searchTokens(String region, String purpose, String value) {
        if (value == null) {
            return List.of();
        }
        PrfSet prfs = prfs(region);
        try {
            List<String> tokens = new ArrayList<>();
            tokens.add(token(region, purpose, value));
            for (Map.Entry<Integer, Prf> entry : prfs.getPrfs().entrySet()) {
                if (entry.getKey() != prfs.getPrimaryId()) {
                    tokens.add(token(entry.getKey(), entry.getValue(), region, purpose, value));
                }
            }
            return List.copyOf(tokens);
        } catch (GeneralSecurityException e) {
            throw new FieldCryptoException("cannot index " + purpose + " in region " + region, e);
        }
    }

    private static String token(int keyId, Prf prf, String region, String purpose, String value)
            throws GeneralSecurityException {
        byte[] input = String.join("\0", "mensenhandel-blind-index-v1", purpose, region, value)
                .getBytes(StandardCharsets.UTF_8);
        return PREFIX + String.format("%08x", keyId) + ":"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(prf.compute(input, TOKEN_BYTES));
    }

    private PrfSet prfs(String region) {
        PrfSet prfs = byRegion.get(region);
        if (prfs == null) {
            throw new FieldCryptoException(VARIABLE + " holds no key for region " + region);
        }
        return prfs;
    }

    private static PrfSet prfSet(String region, KeysetHandle handle) {
        try {
            return handle.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(VARIABLE + ": the keyset of region '" + region + "' gives no PRF");
        }
    }
}
