package nl.mensenhandel.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;

import nl.mensenhandel.platform.config.Secrets;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Blind index (issue 6 §3): equality search on encrypted data through keyed tokens per region. */
class BlindIndexTest {

    static final String ZAANSTREEK = "zaanstreek-waterland";
    static final String KENNEMERLAND = "kennemerland";

    static {
        try {
            PrfConfig.register();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static BlindIndex local() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(Secrets.LOCAL_PROFILE);
        return BlindIndex.fromEnvironment(environment);
    }

    static BlindIndex withKeys(KeysetHandle keyset) throws Exception {
        return new BlindIndex(RegionKeysets.parse(KeyKind.BLIND_INDEX, TestKeys.configured(keyset)));
    }

    @Test
    void equalInputsGiveEqualTokensThatDoNotShowTheInput() {
        BlindIndex index = local();
        String token = index.token(ZAANSTREEK, "address", "pc:1500AA|12");

        assertThat(token).startsWith("bi:").doesNotContain("1500").doesNotContain("AA|12");
        assertThat(index.token(ZAANSTREEK, "address", "pc:1500AA|12")).isEqualTo(token);
        assertThat(local().token(ZAANSTREEK, "address", "pc:1500AA|12")).as("stable across restarts").isEqualTo(token);
        assertThat(index.token(ZAANSTREEK, "address", "pc:1500AA|14")).isNotEqualTo(token);
        assertThat(index.token(ZAANSTREEK, "address", null)).isNull();
    }

    @Test
    void tokensDifferAcrossRegionsAndPurposes() {
        BlindIndex index = local();
        String token = index.token(ZAANSTREEK, "address", "pc:1500AA|12");

        assertThat(index.token(KENNEMERLAND, "address", "pc:1500AA|12")).isNotEqualTo(token);
        assertThat(index.token(ZAANSTREEK, "business", "pc:1500AA|12")).isNotEqualTo(token);
    }

    @Test
    void afterRotationNewTokensUseTheNewKeyAndSearchStillFindsOldOnes() throws Exception {
        KeysetHandle key1 = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
        String old = withKeys(key1).token(ZAANSTREEK, "address", "pc:1500AA|12");

        KeysetHandle key1And2 = KeysetHandle.newBuilder(key1)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedPrfParameters.HMAC_SHA256_PRF)
                        .withRandomId().makePrimary())
                .build();
        BlindIndex rotated = withKeys(key1And2);
        String fresh = rotated.token(ZAANSTREEK, "address", "pc:1500AA|12");

        assertThat(fresh).isNotEqualTo(old)
                .startsWith("bi:" + String.format("%08x", key1And2.getPrimary().getId()) + ":");
        assertThat(rotated.searchTokens(ZAANSTREEK, "address", "pc:1500AA|12")).containsExactly(fresh, old);
        assertThat(rotated.searchTokens(ZAANSTREEK, "address", null)).isEmpty();
    }
}
