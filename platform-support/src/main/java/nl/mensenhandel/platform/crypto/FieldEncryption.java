package nl.mensenhandel.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.env.Environment;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;

/**
 * Field-level encryption of personal data at rest (issue 6 §3; AVG art. 32 and, for the special
 * categories of art. 9/10, the "passende waarborgen"): one string field at a time, with the key of the
 * data's region, so a store dump, a backup or a misrouted query of one region shows nothing readable.
 * <p>
 * <b>Algorithm.</b> Tink AEAD, AES256-GCM (random 96-bit nonce, 128-bit tag). The associated data binds
 * the ciphertext to its place: {@code region, document id, field name}. A ciphertext copied into another
 * field, another document or another region's document does not decrypt — it fails instead of showing
 * one person's data in another's record.
 * <p>
 * <b>Stored form.</b> A string {@value #PREFIX}{@code <base64 of Tink's ciphertext>}: the field keeps its
 * BSON type and its place in the document, so documents, mappings and queries on other fields stay as
 * they are (fields are encrypted in place); the prefix tells an encrypted value from a clear one (a dump
 * test, a migration) and {@code v1} names this layout of associated data should it ever change. Tink's
 * own 5-byte prefix inside names the key that encrypted it, so no key id is stored besides it. Overhead:
 * 28 bytes (prefix, nonce, tag), then base64.
 * <p>
 * <b>Rotation.</b> Every key of a region's keyset decrypts; new writes use the keyset's primary key.
 * Rotate by adding a key, then making it primary; remove an old key only after re-encrypting what it
 * wrote.
 * <p>
 * <b>Keys.</b> {@value #VARIABLE}: a JSON object of region → Tink JSON keyset (see {@link RegionKeysets}),
 * required outside the {@code local} profile.
 */
public final class FieldEncryption {

    public static final String VARIABLE = "PLATFORM_FIELD_KEYS";
    public static final String PREFIX = "enc:v1:";

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Map<String, Aead> byRegion;

    FieldEncryption(RegionKeysets keysets) {
        Map<String, Aead> aeads = new LinkedHashMap<>();
        keysets.byRegion().forEach((region, handle) -> aeads.put(region, aead(region, handle)));
        this.byRegion = Map.copyOf(aeads);
    }

    /**
     * The keys from {@value #VARIABLE} (property {@code platform.crypto.field-keys}) for every region of
     * the reference data; under the {@code local} profile only, fixed development keys when it is unset.
     */
    public static FieldEncryption fromEnvironment(Environment environment) {
        return new FieldEncryption(RegionKeys.load(environment, KeyKind.FIELD_ENCRYPTION));
    }

    /** The stored form of {@code plaintext} in {@code field} of document {@code documentId}; null stays null. */
    public String encrypt(String region, String documentId, String field, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] ciphertext = aead(region).encrypt(plaintext.getBytes(StandardCharsets.UTF_8),
                    associatedData(region, documentId, field));
            return PREFIX + Base64.getEncoder().withoutPadding().encodeToString(ciphertext);
        } catch (GeneralSecurityException e) {
            throw new FieldCryptoException("cannot encrypt " + field + " of " + documentId, e);
        }
    }

    /**
     * The clear text of a stored value; null stays null. Fails closed: a value that is not encrypted, was
     * encrypted for another region, document or field, or was altered, is an error — never passed through.
     */
    public String decrypt(String region, String documentId, String field, String stored) {
        if (stored == null) {
            return null;
        }
        if (!isEncrypted(stored)) {
            throw new FieldCryptoException("field " + field + " of " + documentId + " is not encrypted");
        }
        try {
            byte[] ciphertext = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            return new String(aead(region).decrypt(ciphertext, associatedData(region, documentId, field)),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new FieldCryptoException("cannot decrypt " + field + " of " + documentId
                    + " with the keys of region " + region, e);
        }
    }

    public static boolean isEncrypted(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** region, document id and field, separated by NUL (which none of them contains), after a version label. */
    static byte[] associatedData(String region, String documentId, String field) {
        return String.join("\0", "mensenhandel-field-v1", region, documentId, field).getBytes(StandardCharsets.UTF_8);
    }

    private Aead aead(String region) {
        Aead aead = byRegion.get(region);
        if (aead == null) {
            throw new FieldCryptoException(VARIABLE + " holds no key for region " + region);
        }
        return aead;
    }

    private static Aead aead(String region, KeysetHandle handle) {
        try {
            return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(VARIABLE + ": the keyset of region '" + region + "' gives no AEAD");
        }
    }
}
