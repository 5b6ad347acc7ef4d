package nl.mensenhandel.platform.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Key configuration as a deployment gives it (region → Tink JSON keyset), with fresh random keys: for tests
 * that run a service outside the local profile, where development keys are refused.
 */
public final class TestKeys {

    static {
        try {
            com.google.crypto.tink.aead.AeadConfig.register();
            com.google.crypto.tink.prf.PrfConfig.register();
        } catch (java.security.GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private TestKeys() {
    }

    /** The value of {@code PLATFORM_FIELD_KEYS}: one fresh AES256-GCM keyset for every served region. */
    public static String fieldKeys() throws Exception {
        return configured(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
    }

    /** The value of {@code PLATFORM_BLIND_INDEX_KEYS}: one fresh HMAC-SHA256 PRF keyset for every served region. */
    public static String blindIndexKeys() throws Exception {
        return configured(KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
    }

    /** Configuration JSON with the given keyset for every served region. */
    public static String configured(KeysetHandle keyset) throws Exception {
        String keysetJson = TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode root = json.createObjectNode();
        for (String region : RegionKeys.servedRegions()) {
            root.set(region, json.readTree(keysetJson));
        }
        return root.toString();
    }
}
