package nl.mensenhandel.platform.crypto;

import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Tink keyset per region, read from one configuration value: a JSON object mapping each region to a
 * Tink JSON keyset (as written by {@code tinkey create-keyset --out-format json}), e.g.
 * {@code {"zaanstreek-waterland": {"primaryKeyId": 1, "key": [...]}, "kennemerland": {...}}}. A keyset may
 * also be given as a JSON string holding the keyset. Rotation happens inside a keyset: add a key, make it
 * primary, keep the old ones (they still decrypt / are still searched).
 * <p>
 * Error messages name the variable and the region, never any key material.
 */
final class RegionKeysets {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KeyKind kind;
    private final Map<String, KeysetHandle> byRegion;

    private RegionKeysets(KeyKind kind, Map<String, KeysetHandle> byRegion) {
        this.kind = kind;
        this.byRegion = Map.copyOf(byRegion);
    }

    static RegionKeysets parse(KeyKind kind, String configured) {
        JsonNode root;
        try {
            root = JSON.readTree(configured);
        } catch (JacksonException e) {
            // no cause: a parser message may quote part of the secret
            throw new IllegalStateException(kind.variable + " is not valid JSON: expected an object of region -> Tink JSON keyset");
        }
        if (root == null || !root.isObject() || root.isEmpty()) {
            throw new IllegalStateException(kind.variable + " must be a JSON object of region -> Tink JSON keyset");
        }
        Map<String, KeysetHandle> byRegion = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String region = entry.getKey();
            JsonNode value = entry.getValue();
            String keysetJson = value.isString() ? value.asString() : value.toString();
            byRegion.put(region, parseKeyset(kind, region, keysetJson));
        }
        return new RegionKeysets(kind, byRegion);
    }

    private static KeysetHandle parseKeyset(KeyKind kind, String region, String keysetJson) {
        KeysetHandle handle;
        try {
            handle = TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException(kind.variable + ": the keyset of region '" + region
                    + "' is not a readable Tink JSON keyset");
        }
        for (int i = 0; i < handle.size(); i++) {
            if (!kind.accepts(handle.getAt(i).getKey().getParameters())) {
                throw new IllegalStateException(kind.variable + ": key " + handle.getAt(i).getId() + " of region '"
                        + region + "' is not of the required type (make it with key template " + kind.template + ")");
            }
        }
        return handle;
    }

    /** Fail closed at start: every region this instance serves must have its keyset. */
    RegionKeysets requireRegions(Collection<String> regions) {
        Set<String> missing = new TreeSet<>(regions);
        missing.removeAll(byRegion.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException(kind.variable + " holds no keyset for region(s) " + missing);
        }
        return this;
    }

    Map<String, KeysetHandle> byRegion() {
        return byRegion;
    }

    KeyKind kind() {
        return kind;
    }
}
