package nl.mensenhandel.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collection;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.Key;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fixed keys of the {@code local} profile (launcher and tests), in the same JSON shape a deployment
 * configures. They are derived deterministically from a public label and the region, so a restarted local
 * platform still decrypts its store — and therefore they protect nothing: outside {@code local} they are
 * never used ({@link nl.mensenhandel.platform.config.Secrets}).
 */
final class DevelopmentKeys {

    private static final byte[] LABEL = "mensenhandel-platform local development keys - NOT SECRET"
            .getBytes(StandardCharsets.UTF_8);
    /** Any fixed id: the id is written in front of every ciphertext and must stay the same across restarts. */
    private static final int KEY_ID = 0x4d480001;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DevelopmentKeys() {
    }

    static String json(KeyKind kind, Collection<String> regions) {
        ObjectNode root = JSON.createObjectNode();
        regions.forEach(region -> root.set(region, JSON.readTree(keysetJson(kind, region))));
        return root.toString();
    }

    private static String keysetJson(KeyKind kind, String region) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(LABEL, "HmacSHA256"));
            byte[] keyBytes = mac.doFinal((kind.name() + "|" + region).getBytes(StandardCharsets.UTF_8));
            Key key = kind.developmentKey(keyBytes, KEY_ID);
            KeysetHandle.Builder.Entry entry = KeysetHandle.importKey(key).makePrimary();
            if (key.getIdRequirementOrNull() == null) {
                entry.withFixedId(KEY_ID);
            }
            KeysetHandle handle = KeysetHandle.newBuilder().addEntry(entry).build();
            return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the development keys", e);
        }
    }
}
