package nl.mensenhandel.platform.crypto;

import java.security.GeneralSecurityException;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.Key;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.prf.HmacPrfKey;
import com.google.crypto.tink.prf.HmacPrfParameters;
import com.google.crypto.tink.util.SecretBytes;

/**
 * The two kinds of region keys, kept apart on purpose: a blind-index key must never be an encryption key,
 * and they rotate differently (a new encryption key only changes new writes; a new index key needs the
 * old tokens searched along until re-indexed).
 */
enum KeyKind {

    /** AEAD AES256-GCM (Tink key type {@code AesGcmKey}, 32-byte key) for {@link FieldEncryption}. */
    FIELD_ENCRYPTION("platform.crypto.field-keys", "PLATFORM_FIELD_KEYS", "AES256_GCM") {
        @Override
        boolean accepts(Parameters parameters) {
            return parameters instanceof AesGcmParameters gcm && gcm.getKeySizeBytes() == 32
                    && gcm.getIvSizeBytes() == 12 && gcm.getTagSizeBytes() == 16;
        }

        @Override
        Key developmentKey(byte[] keyBytes, int id) throws GeneralSecurityException {
            AesGcmParameters parameters = AesGcmParameters.builder().setKeySizeBytes(32).setIvSizeBytes(12)
                    .setTagSizeBytes(16).setVariant(AesGcmParameters.Variant.TINK).build();
            return AesGcmKey.builder().setParameters(parameters)
                    .setKeyBytes(SecretBytes.copyFrom(keyBytes, InsecureSecretKeyAccess.get()))
                    .setIdRequirement(id).build();
        }
    },

    /** PRF HMAC-SHA256/512 (Tink key type {@code HmacPrfKey}, ≥ 32-byte key) for {@link BlindIndex}. */
    BLIND_INDEX("platform.crypto.blind-index-keys", "PLATFORM_BLIND_INDEX_KEYS", "HMAC_SHA256_PRF") {
        @Override
        boolean accepts(Parameters parameters) {
            return parameters instanceof HmacPrfParameters hmac && hmac.getKeySizeBytes() >= 32
                    && (hmac.getHashType() == HmacPrfParameters.HashType.SHA256
                            || hmac.getHashType() == HmacPrfParameters.HashType.SHA512);
        }

        @Override
        Key developmentKey(byte[] keyBytes, int id) throws GeneralSecurityException {
            HmacPrfParameters parameters = HmacPrfParameters.builder().setKeySizeBytes(32)
                    .setHashType(HmacPrfParameters.HashType.SHA256).build();
            return HmacPrfKey.builder().setParameters(parameters)
                    .setKeyBytes(SecretBytes.copyFrom(keyBytes, InsecureSecretKeyAccess.get())).build();
        }
    };

    final String property;
    final String variable;
    /** The Tinkey key template that makes a key of this kind. */
    final String template;

    KeyKind(String property, String variable, String template) {
        this.property = property;
        this.variable = variable;
        this.template = template;
    }

    abstract boolean accepts(Parameters parameters);

    /** A key of this kind from given bytes — only for the deterministic development keys. */
    abstract Key developmentKey(byte[] keyBytes, int id) throws GeneralSecurityException;
}
